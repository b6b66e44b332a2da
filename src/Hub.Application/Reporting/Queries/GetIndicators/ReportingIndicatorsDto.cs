namespace Hub.Application.Reporting.Queries.GetIndicators;

public sealed record ReportingIndicatorsDto(DateOnly From, DateOnly To, IReadOnlyList<ReportingIndicatorDto> Indicators);
