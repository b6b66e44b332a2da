namespace Hub.Application.Training.Queries.GetAttendance;

/// <summary>
/// One participant's line of a register; <c>status</c> is null until recorded. <c>ventureName</c> is their accepted
/// application's venture (null once it is no longer accepted); <c>programmeHours</c> the hours they were present at
/// the programme's sessions so far.
/// </summary>
public sealed record TrainingAttendanceEntryDto(
    Guid FounderUserId, string FullName, string? Status, Guid? RecordedBy, DateTimeOffset? RecordedAt, string? VentureName, decimal ProgrammeHours);
