using Hub.Application.Common.Messaging;
using Hub.Application.Training.Contracts;
using Hub.Domain.Training.TrainingSessions.Events;

namespace Hub.Application.Training.EventHandlers;

/// <summary>Tells the world (and Training's own completion check, once the register is committed) whose attendance changed.</summary>
public sealed class AttendanceRecordedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<AttendanceRecordedDomainEvent>
{
    public ValueTask Handle(AttendanceRecordedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(new TrainingAttendanceRecordedIntegrationEvent(domainEvent.SessionId.Value, domainEvent.ProgrammeId.Value, domainEvent.ModuleId.Value, domainEvent.FounderUserIds)
        {
            OccurredAt = domainEvent.OccurredAt,
        });
        return ValueTask.CompletedTask;
    }
}
