using Hub.Application.Common.Messaging;

namespace Hub.Application.Training.Contracts;

/// <summary>
/// The attendance of these founders at a session was recorded or corrected. Training itself listens to it to
/// check completions after the register is committed, so concurrent registers are all counted. For the donor report
/// it also says which of them are now Present (the others are Absent or Excused), when the session started, how long
/// it lasted and how many topics its curriculum module has.
/// </summary>
public sealed record TrainingAttendanceRecordedIntegrationEvent(
    Guid SessionId,
    Guid ProgrammeId,
    Guid ModuleId,
    IReadOnlyList<Guid> FounderUserIds,
    IReadOnlyList<Guid>? PresentUserIds = null,
    DateTimeOffset? SessionStartsAt = null,
    int DurationMinutes = 0,
    int ModuleTopicCount = 0) : IntegrationEvent;
