using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Domain.Applicants.Intakes.Events;

namespace Hub.Application.Applicants.EventHandlers;

public sealed class IntakeClosedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<IntakeClosedDomainEvent>
{
    public ValueTask Handle(IntakeClosedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(new IntakeClosedIntegrationEvent(domainEvent.IntakeId.Value, domainEvent.Name) { OccurredAt = domainEvent.OccurredAt });
        return ValueTask.CompletedTask;
    }
}
