namespace Hub.Application.Training.Queries.ListMySessions;

/// <summary>
/// A session of one of the founder's programmes; <c>attendance</c> is their mark (<c>Present</c>, <c>Absent</c>,
/// <c>Excused</c>) once the register is taken, null before.
/// </summary>
public sealed record TrainingMySessionDto(
    Guid Id, Guid ProgrammeId, string ProgrammeName, Guid ModuleId, string ModuleCode, string ModuleName, string ModuleNameMn, string Title,
    DateTimeOffset StartsAt, DateTimeOffset StartsAtLocal, DateTimeOffset EndsAt, string TimeZone, int DurationMinutes, string Mode,
    string? Venue, string? Link, string? Attendance);
