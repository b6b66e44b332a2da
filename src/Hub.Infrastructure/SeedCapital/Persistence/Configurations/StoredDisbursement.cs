namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed record StoredDisbursement(decimal Amount, string Currency, decimal EurAmount, decimal UnitsPerEur, DateOnly RateDate, Guid ReleasedBy, DateTimeOffset ReleasedAt);
