using Hub.Domain.SeedCapital.ExchangeRates;

namespace Hub.Application.SeedCapital.Commands.RecordExchangeRate;

public sealed record SeedCapitalExchangeRateDto(string Currency, DateOnly Day, decimal UnitsPerEur, Guid RecordedBy, DateTimeOffset RecordedAt)
{
    internal static SeedCapitalExchangeRateDto From(ExchangeRate rate) => new(rate.Currency.ToString(), rate.Day, rate.UnitsPerEur, rate.RecordedBy, rate.RecordedAt);
}
