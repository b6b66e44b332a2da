using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Domain.Applicants.Intakes.Events;

namespace Hub.Application.Applicants.EventHandlers;

public sealed class IntakeOpenedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<IntakeOpenedDomainEvent>
{
    public ValueTask Handle(IntakeOpenedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(new IntakeOpenedIntegrationEvent(domainEvent.IntakeId.Value, domainEvent.Name, domainEvent.ClosesAt) { OccurredAt = domainEvent.OccurredAt });
        return ValueTask.CompletedTask;
    }
}
