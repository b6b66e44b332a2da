using Hub.Application.Common.Messaging;
using Hub.Application.SeedCapital.Notifications;
using Hub.Domain.SeedCapital.Proposals.Events;

namespace Hub.Application.SeedCapital.EventHandlers;

/// <summary>Tells the founder the outcome of the award.</summary>
public sealed class ProposalDecidedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<ProposalDecidedDomainEvent>
{
    public ValueTask Handle(ProposalDecidedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(SeedCapitalNotifications.Outcome(domainEvent.FounderUserId, domainEvent.VentureName, domainEvent.CallTitle, domainEvent.Amount));
        return ValueTask.CompletedTask;
    }
}
