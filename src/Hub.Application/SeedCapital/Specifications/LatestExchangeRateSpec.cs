using Ardalis.Specification;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.ExchangeRates;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>The latest rate of a currency recorded for a day on or before the given one.</summary>
public sealed class LatestExchangeRateSpec : Specification<ExchangeRate>
{
    public LatestExchangeRateSpec(Currency currency, DateOnly onOrBefore) =>
        Query.Where(r => r.Currency == currency && r.Day <= onOrBefore).OrderByDescending(r => r.Day).Take(1);
}
