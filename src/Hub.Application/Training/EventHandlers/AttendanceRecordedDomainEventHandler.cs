using Hub.Application.Common.Messaging;
using Hub.Application.Common.Persistence;
using Hub.Application.Training.Contracts;
using Hub.Domain.Training.TrainingModules;
using Hub.Domain.Training.TrainingSessions.Events;

namespace Hub.Application.Training.EventHandlers;

/// <summary>Tells the world (and Training's own completion check, once the register is committed) whose attendance changed.</summary>
public sealed class AttendanceRecordedDomainEventHandler(IOutbox outbox, IReadRepository<TrainingModule> modules) : IDomainEventHandler<AttendanceRecordedDomainEvent>
{
    public async ValueTask Handle(AttendanceRecordedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        // The donor report counts the topics of the modules delivered, so the event says how many the module has.
        var module = await modules.GetByIdAsync(domainEvent.ModuleId, cancellationToken);
        outbox.Add(new TrainingAttendanceRecordedIntegrationEvent(
            domainEvent.SessionId.Value,
            domainEvent.ProgrammeId.Value,
            domainEvent.ModuleId.Value,
            domainEvent.FounderUserIds,
            domainEvent.PresentUserIds,
            domainEvent.SessionStartsAt,
            domainEvent.DurationMinutes,
            module?.Topics.Count ?? 0)
        {
            OccurredAt = domainEvent.OccurredAt,
        });
    }
}
