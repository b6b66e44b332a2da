namespace Hub.Domain.Reporting.Indicators;

/// <summary>An indicator split by the donor's age bands (age at the end of the period).</summary>
public sealed record AgeBandCounts(decimal Under25, decimal From25To34, decimal From35To44, decimal From45, decimal Unknown);
