namespace Hub.Api.SeedCapital;

/// <summary>How many units of the currency buy one euro that day (e.g. 3700.50 MNT).</summary>
public sealed record ExchangeRateRequest(decimal UnitsPerEur);
