using Hub.Domain.Common;
using Hub.Domain.Training.TrainingModules;
using Hub.Domain.Training.TrainingProgrammes;

namespace Hub.Domain.Training.TrainingSessions.Events;

/// <summary>The attendance of some participants of a session was recorded or changed.</summary>
public sealed record AttendanceRecordedDomainEvent(
    TrainingSessionId SessionId, TrainingProgrammeId ProgrammeId, TrainingModuleId ModuleId, IReadOnlyList<Guid> FounderUserIds, DateTimeOffset OccurredAt,
    IReadOnlyList<Guid>? PresentUserIds = null, DateTimeOffset? SessionStartsAt = null, int DurationMinutes = 0) : IDomainEvent;
