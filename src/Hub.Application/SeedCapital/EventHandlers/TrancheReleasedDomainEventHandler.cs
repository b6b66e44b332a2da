using Hub.Application.Common.Messaging;
using Hub.Application.SeedCapital.Notifications;
using Hub.Domain.SeedCapital.Grants.Events;

namespace Hub.Application.SeedCapital.EventHandlers;

public sealed class TrancheReleasedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<TrancheReleasedDomainEvent>
{
    public ValueTask Handle(TrancheReleasedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(SeedCapitalNotifications.TrancheReleased(domainEvent.FounderUserId, domainEvent.VentureName, domainEvent.Number, domainEvent.Disbursement.Amount));
        return ValueTask.CompletedTask;
    }
}
