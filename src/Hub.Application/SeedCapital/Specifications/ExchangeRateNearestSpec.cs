using Ardalis.Specification;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.ExchangeRates;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>The rate of a currency recorded for the latest day on or before <c>day</c>, or (<c>before: false</c>) the first day after it.</summary>
public sealed class ExchangeRateNearestSpec : Specification<ExchangeRate>
{
    public ExchangeRateNearestSpec(Currency currency, DateOnly day, bool before)
    {
        if (before)
        {
            Query.Where(r => r.Currency == currency && r.Day <= day).OrderByDescending(r => r.Day);
        }
        else
        {
            Query.Where(r => r.Currency == currency && r.Day > day).OrderBy(r => r.Day);
        }
    }
}
