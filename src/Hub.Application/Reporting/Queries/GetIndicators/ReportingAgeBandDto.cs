namespace Hub.Application.Reporting.Queries.GetIndicators;

/// <summary>Age at the end of the period: under 25, 25–34, 35–44, 45 and over, unknown.</summary>
public sealed record ReportingAgeBandDto(decimal Under25, decimal From25To34, decimal From35To44, decimal From45, decimal Unknown);
