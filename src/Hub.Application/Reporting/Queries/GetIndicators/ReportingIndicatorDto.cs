using Hub.Domain.Reporting.Indicators;

namespace Hub.Application.Reporting.Queries.GetIndicators;

/// <summary>
/// One indicator: target and actual (hours to two decimals), the breakdowns by founder (all zero and an empty soum
/// list when <see cref="Disaggregated"/> is false: hours delivered, programmes and mentors are not a founder's), and
/// for the seed grants their amount in MNT and EUR.
/// </summary>
public sealed record ReportingIndicatorDto(
    string Code,
    string Name,
    string Unit,
    decimal? Target,
    decimal Actual,
    bool Disaggregated,
    ReportingGenderDto ByGender,
    ReportingAgeBandDto ByAgeBand,
    IReadOnlyList<ReportingSoumDto> BySoum,
    ReportingMoneyDto? AmountMnt,
    ReportingMoneyDto? AmountEur)
{
    public static ReportingIndicatorDto From(IndicatorResult result) =>
        new(
            result.Definition.Code,
            result.Definition.Name,
            result.Definition.Unit,
            result.Target,
            Round(result.Actual),
            result.Definition.Disaggregated,
            new ReportingGenderDto(Round(result.ByGender.Female), Round(result.ByGender.Male), Round(result.ByGender.Other), Round(result.ByGender.Unknown)),
            new ReportingAgeBandDto(
                Round(result.ByAgeBand.Under25), Round(result.ByAgeBand.From25To34), Round(result.ByAgeBand.From35To44), Round(result.ByAgeBand.From45), Round(result.ByAgeBand.Unknown)),
            [.. result.BySoum.Select(s => new ReportingSoumDto(s.Soum, Round(s.Count)))],
            result.AmountMnt is { } mnt ? ReportingMoneyDto.Of(mnt, "MNT") : null,
            result.AmountEur is { } eur ? ReportingMoneyDto.Of(eur, "EUR") : null);

    private static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
