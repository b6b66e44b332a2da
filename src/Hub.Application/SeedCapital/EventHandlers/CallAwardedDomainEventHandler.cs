using Hub.Application.Common.Messaging;
using Hub.Application.Common.Persistence;
using Hub.Application.SeedCapital.Contracts;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.Calls.Events;
using Hub.Domain.SeedCapital.ExchangeRates;

namespace Hub.Application.SeedCapital.EventHandlers;

/// <summary>Tells other modules (and, later, webhooks) that a call was awarded.</summary>
public sealed class CallAwardedDomainEventHandler(IOutbox outbox, IReadRepository<ExchangeRate> rates)
    : IDomainEventHandler<CallAwardedDomainEvent>
{
    public async ValueTask Handle(CallAwardedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        var award = domainEvent.Award;
        var currency = award.TotalAwarded.Currency;

        // The donor report counts grants per founder and in both currencies: the founders and the euro rate of the
        // award day (the latest before it, or else the first after it) go with the event.
        var founders = domainEvent.FounderUserIds ?? new Dictionary<Guid, Guid>();
        var day = DateOnly.FromDateTime(domainEvent.OccurredAt.UtcDateTime);
        var unitsPerEur = currency == Currency.EUR
            ? 1m
            : ((await rates.FirstOrDefaultAsync(new ExchangeRateNearestSpec(currency, day, before: true), cancellationToken))
                ?? await rates.FirstOrDefaultAsync(new ExchangeRateNearestSpec(currency, day, before: false), cancellationToken))?.UnitsPerEur;
        outbox.Add(new CallAwardedIntegrationEvent(
            domainEvent.CallId.Value,
            domainEvent.Title,
            domainEvent.Kind.ToString(),
            currency.ToString(),
            award.TotalAwarded.Amount,
            award.Remaining.Amount,
            [.. award.Ranking.Where(r => r.AwardedAmount is not null).Select(r => Grant(r.ProposalId, r.Rank, r.AwardedAmount!.Value, currency, unitsPerEur, founders))],
            award.AwardedBy)
        {
            OccurredAt = domainEvent.OccurredAt,
        });
    }

    private static CallAwardedGrant Grant(Guid proposalId, int rank, decimal amount, Currency currency, decimal? unitsPerEur, IReadOnlyDictionary<Guid, Guid> founders) =>
        new(
            proposalId,
            rank,
            amount,
            founders.GetValueOrDefault(proposalId),
            currency == Currency.MNT ? amount : null,
            unitsPerEur is { } rate ? decimal.Round(amount / rate, 2, MidpointRounding.AwayFromZero) : null);
}
