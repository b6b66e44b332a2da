namespace Hub.Application.SeedCapital.Queries.GetGrant;

/// <summary>A tranche's payment: in the call's currency, and in euros at the rate recorded for its day.</summary>
public sealed record SeedCapitalDisbursementDto(SeedCapitalMoneyDto Amount, SeedCapitalMoneyDto EurAmount, decimal UnitsPerEur, DateOnly RateDate, Guid ReleasedBy, DateTimeOffset ReleasedAt);
