using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.ExchangeRates;

public readonly record struct ExchangeRateId(Guid Value) : IStronglyTypedId<ExchangeRateId>
{
    public static ExchangeRateId New() => new(Guid.CreateVersion7());

    public static ExchangeRateId From(Guid value) => new(value);
}
