using Ardalis.Specification;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.ExchangeRates;

namespace Hub.Application.SeedCapital.Specifications;

public sealed class ExchangeRateOnDaySpec : Specification<ExchangeRate>
{
    public ExchangeRateOnDaySpec(Currency currency, DateOnly day) =>
        Query.Where(r => r.Currency == currency && r.Day == day);
}
