namespace Hub.Domain.Training.TrainingSessions;

/// <summary>One line of an attendance register as the trainer or manager sends it.</summary>
public sealed record AttendanceMark(Guid FounderUserId, AttendanceStatus Status);
