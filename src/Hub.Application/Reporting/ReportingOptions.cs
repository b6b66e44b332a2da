using Hub.Domain.Reporting.Indicators;

namespace Hub.Application.Reporting;

/// <summary>Settings of the Reporting module (<c>Hub:Reporting</c>).</summary>
public sealed class ReportingOptions
{
    public const string Section = "Hub:Reporting";

    /// <summary>The first day of the programme: the default start of a report's period.</summary>
    public DateOnly ProgrammeStart { get; set; } = new(2022, 1, 1);

    /// <summary>Targets by indicator code; an indicator not named here keeps the logframe's target (<see cref="IndicatorCatalog"/>).</summary>
    public Dictionary<string, decimal> Targets { get; set; } = [];

    public decimal? TargetOf(IndicatorDefinition indicator) =>
        Targets.TryGetValue(indicator.Code, out var target) ? target : indicator.DefaultTarget;
}
