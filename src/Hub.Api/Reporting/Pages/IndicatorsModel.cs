using System.Globalization;
using Hub.Api.Common.Web;
using Hub.Application.Reporting.Queries.GetIndicators;
using Hub.Application.Reporting.Queries.ListRecords;
using Hub.Domain.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Reporting.Pages;

/// <summary>The donor indicators of a period drawn against their targets, with their breakdowns and the auditors' CSV exports.</summary>
[Authorize(Roles = $"{Roles.Manager},{Roles.Admin}")]
public sealed class IndicatorsModel : HubPageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public ReportingIndicatorsDto? Report { get; private set; }

    /// <summary>The CSV exports of the period shown: (label, address).</summary>
    public IReadOnlyList<(Localized Label, string Href)> Exports { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Report = await TryGetAsync(new GetIndicatorsQuery(From, To));
        var period = Report is null ? string.Empty : $"?from={Day(Report.From)}&to={Day(Report.To)}";
        Exports =
        [
            (ReportingText.IndicatorsCsv, $"/api/v1/reports/indicators.csv{period}"),
            (ReportingText.ApplicationsCsv, $"/api/v1/reports/{ReportingLists.Applications}.csv{period}"),
            (ReportingText.AttendanceCsv, $"/api/v1/reports/{ReportingLists.Attendance}.csv{period}"),
            (ReportingText.MentoringSessionsCsv, $"/api/v1/reports/{ReportingLists.MentoringSessions}.csv{period}"),
            (ReportingText.GrantsCsv, $"/api/v1/reports/{ReportingLists.Grants}.csv{period}"),
        ];
    }

    /// <summary>How far the actual figure reached the target, in whole per cent (the bar stops at 100).</summary>
    public static int PercentOf(decimal actual, decimal target) =>
        target <= 0 ? 100 : (int)decimal.Round(actual * 100m / target, 0, MidpointRounding.AwayFromZero);

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
