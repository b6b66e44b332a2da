namespace Hub.Application.Training.Queries.GetAttendance;

/// <summary>One participant's line of a register; <c>status</c> is null until recorded.</summary>
public sealed record TrainingAttendanceEntryDto(Guid FounderUserId, string FullName, string? Status, Guid? RecordedBy, DateTimeOffset? RecordedAt);
