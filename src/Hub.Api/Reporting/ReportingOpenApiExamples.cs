using Hub.Api.Common.OpenApi;
using Hub.Application.Reporting;
using Hub.Application.Reporting.Queries.GetIndicators;
using Hub.Domain.Reporting.Indicators;

namespace Hub.Api.Reporting;

/// <summary>
/// The donor report in JSON, for the first half of 2026: a founders' indicator with its breakdowns, the hours delivered
/// (not a founder's, so no breakdowns) and the seed grants in MNT and EUR. The CSV exports are text/csv, not JSON.
/// </summary>
internal sealed class ReportingOpenApiExamples : IOpenApiExampleCatalog
{
    private static readonly ReportingGenderDto NoGender = new(0, 0, 0, 0);

    private static readonly ReportingAgeBandDto NoAgeBand = new(0, 0, 0, 0, 0);

    public static IEnumerable<TypeExample> Examples =>
    [
        TypeExample.Of(new ReportingIndicatorsDto(
            new DateOnly(2026, 1, 1),
            new DateOnly(2026, 6, 30),
            [
                new ReportingIndicatorDto(
                    IndicatorCatalog.EntrepreneursTrained,
                    "Entrepreneurs trained",
                    "persons",
                    100,
                    38,
                    true,
                    new ReportingGenderDto(21, 16, 0, 1),
                    new ReportingAgeBandDto(9, 17, 8, 3, 1),
                    [new ReportingSoumDto("Дархан", 24), new ReportingSoumDto("Хонгор", 6), new ReportingSoumDto("Шарынгол", 5), new ReportingSoumDto("", 3)],
                    null,
                    null),
                new ReportingIndicatorDto(IndicatorCatalog.TrainingHours, "Training hours delivered", "hours", 240, 112.5m, false, NoGender, NoAgeBand, [], null, null),
                new ReportingIndicatorDto(
                    IndicatorCatalog.SeedGrants,
                    "Seed grants awarded",
                    "grants",
                    10,
                    4,
                    true,
                    new ReportingGenderDto(3, 1, 0, 0),
                    new ReportingAgeBandDto(1, 2, 1, 0, 0),
                    [new ReportingSoumDto("Дархан", 3), new ReportingSoumDto("Хонгор", 1)],
                    ReportingMoneyDto.Of(60_000_000.00m, "MNT"),
                    ReportingMoneyDto.Of(16_304.35m, "EUR")),
            ])),
    ];
}
