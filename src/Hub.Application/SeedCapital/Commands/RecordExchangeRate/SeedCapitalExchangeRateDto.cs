namespace Hub.Application.SeedCapital.Commands.RecordExchangeRate;

public sealed record SeedCapitalExchangeRateDto(string Currency, DateOnly Day, decimal UnitsPerEur, Guid RecordedBy, DateTimeOffset RecordedAt);
