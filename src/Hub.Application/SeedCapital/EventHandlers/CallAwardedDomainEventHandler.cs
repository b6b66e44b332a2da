using Hub.Application.Common.Messaging;
using Hub.Application.SeedCapital.Contracts;
using Hub.Domain.SeedCapital.Calls.Events;

namespace Hub.Application.SeedCapital.EventHandlers;

/// <summary>Tells other modules (and, later, webhooks) that a call was awarded.</summary>
public sealed class CallAwardedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<CallAwardedDomainEvent>
{
    public ValueTask Handle(CallAwardedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var award = domainEvent.Award;
        outbox.Add(new CallAwardedIntegrationEvent(
            domainEvent.CallId.Value,
            domainEvent.Title,
            domainEvent.Kind.ToString(),
            award.TotalAwarded.Currency.ToString(),
            award.TotalAwarded.Amount,
            award.Remaining.Amount,
            [.. award.Ranking.Where(r => r.AwardedAmount is not null).Select(r => new CallAwardedGrant(r.ProposalId, r.Rank, r.AwardedAmount!.Value))],
            award.AwardedBy)
        {
            OccurredAt = domainEvent.OccurredAt,
        });
        return ValueTask.CompletedTask;
    }
}
