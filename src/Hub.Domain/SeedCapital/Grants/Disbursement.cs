namespace Hub.Domain.SeedCapital.Grants;

/// <summary>
/// A payment of a tranche: the amount in the call's currency and, for reporting to the EU, in euros at the rate
/// recorded for that day (<see cref="UnitsPerEur"/> units of the currency buy one euro).
/// </summary>
public sealed record Disbursement(Money Amount, decimal EurAmount, decimal UnitsPerEur, DateOnly RateDate, Guid ReleasedBy, DateTimeOffset ReleasedAt);
