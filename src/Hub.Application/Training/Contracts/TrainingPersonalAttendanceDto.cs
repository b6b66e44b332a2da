namespace Hub.Application.Training.Contracts;

public sealed record TrainingPersonalAttendanceDto(Guid SessionId, string Title, DateTimeOffset StartsAt, int DurationMinutes, string Status, DateTimeOffset RecordedAt);
