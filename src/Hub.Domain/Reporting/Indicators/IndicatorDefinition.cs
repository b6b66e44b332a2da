namespace Hub.Domain.Reporting.Indicators;

/// <summary>A donor output indicator: its code, name, unit, the logframe's target and whether it is counted per founder.</summary>
public sealed record IndicatorDefinition(string Code, string Name, string Unit, decimal? DefaultTarget, bool Disaggregated);
