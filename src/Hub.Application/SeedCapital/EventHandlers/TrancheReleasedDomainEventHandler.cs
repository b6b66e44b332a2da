using Hub.Application.Common.Messaging;
using Hub.Application.SeedCapital.Contracts;
using Hub.Application.SeedCapital.Notifications;
using Hub.Domain.SeedCapital.Grants.Events;

namespace Hub.Application.SeedCapital.EventHandlers;

public sealed class TrancheReleasedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<TrancheReleasedDomainEvent>
{
    public ValueTask Handle(TrancheReleasedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(SeedCapitalNotifications.TrancheReleased(domainEvent.FounderUserId, domainEvent.VentureName, domainEvent.Number, domainEvent.Disbursement.Amount));
        outbox.Add(new MilestoneApprovedIntegrationEvent(domainEvent.GrantId.Value, domainEvent.Number, domainEvent.FounderUserId, domainEvent.JobsCreated, domainEvent.ReportedAt)
        {
            OccurredAt = domainEvent.OccurredAt,
        });
        return ValueTask.CompletedTask;
    }
}
