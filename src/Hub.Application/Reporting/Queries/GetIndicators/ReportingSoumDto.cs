namespace Hub.Application.Reporting.Queries.GetIndicators;

/// <summary>An indicator's share of one soum of residence (an empty soum: unknown).</summary>
public sealed record ReportingSoumDto(string Soum, decimal Count);
