namespace Hub.Domain.Reporting.Indicators;

/// <summary>An indicator's figure for a period with its breakdowns; amounts only for the seed grants.</summary>
public sealed record IndicatorResult(
    IndicatorDefinition Definition,
    decimal? Target,
    decimal Actual,
    GenderCounts ByGender,
    AgeBandCounts ByAgeBand,
    IReadOnlyList<SoumCount> BySoum,
    decimal? AmountMnt,
    decimal? AmountEur);
