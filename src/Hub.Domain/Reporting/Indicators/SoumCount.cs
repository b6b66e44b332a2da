namespace Hub.Domain.Reporting.Indicators;

/// <summary>An indicator's share of one soum; an empty soum is a founder whose soum is unknown.</summary>
public sealed record SoumCount(string Soum, decimal Count);
