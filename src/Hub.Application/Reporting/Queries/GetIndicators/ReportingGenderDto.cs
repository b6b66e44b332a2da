namespace Hub.Application.Reporting.Queries.GetIndicators;

/// <summary><see cref="Unknown"/>: founders whose gender never reached the report (an application from before it was kept).</summary>
public sealed record ReportingGenderDto(decimal Female, decimal Male, decimal Other, decimal Unknown);
