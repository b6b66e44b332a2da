using System.ComponentModel;
using Hub.Api.Common.Endpoints;
using Hub.Api.Common.Security;
using Hub.Application.Reporting.Queries.GetIndicators;
using Hub.Application.Reporting.Queries.ListRecords;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Reporting;

/// <summary>
/// The donor report: the logframe indicators against their targets, computed from the read model, and CSV exports of
/// them and of the underlying lists for the donor's auditors. Managers, admins and partners with <c>reports:read</c>.
/// </summary>
internal sealed class ReportsEndpoints : IEndpointGroup
{
    private const string FromDescription = "First day of the period (UTC, yyyy-MM-dd); default: the programme's start (Hub:Reporting:ProgrammeStart).";
    private const string ToDescription = "Last day of the period, included (UTC, yyyy-MM-dd); default: today. Before 'from' → 400.";

    public static string Prefix => "/reports";

    public static string Tag => "Reports";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/indicators", Indicators)
            .WithName("GetReportIndicators")
            .WithSummary("Get the donor indicators")
            .WithDescription("Each indicator with code, name, unit, target and actual, and for the founders' indicators the breakdowns by gender, age band (at the period's end) and soum; the seed grants also in MNT and EUR. Accept: text/csv (or ?format=csv) gives the CSV of indicators.csv.")
            .Produces<ReportingIndicatorsDto>(StatusCodes.Status200OK, "application/json", ReportingCsv.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Sends<GetIndicatorsQuery>();

        group.MapGet("/indicators.csv", IndicatorsCsv)
            .WithName("ExportReportIndicators")
            .WithSummary("Export the donor indicators as CSV")
            .WithDescription("One row per indicator total and per breakdown: code, name, unit, target, breakdown (total, gender, ageBand, soum, amount), category, value.")
            .Produces<string>(StatusCodes.Status200OK, ReportingCsv.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Sends<GetIndicatorsQuery>();

        MapList(group, ReportingLists.Applications, "ExportReportApplications", "Export the applications as CSV", "Each application's latest status in the period, with its founder's gender, birth year, age band and soum (no names or contacts).");
        MapList(group, ReportingLists.Attendance, "ExportReportAttendance", "Export the training attendance as CSV", "One row per founder and session held in the period: Present (with the session's hours) or NotPresent.");
        MapList(group, ReportingLists.MentoringSessions, "ExportReportMentoringSessions", "Export the mentoring sessions as CSV", "Every mentoring session logged in the period, with its format and hours.");
        MapList(group, ReportingLists.Grants, "ExportReportGrants", "Export the grants as CSV", "Every grant awarded in the period: call kind (SeedCapital or PilotCompetition), amount in the call's currency, in MNT and in EUR.");
    }

    private static void MapList(RouteGroupBuilder group, string list, string name, string summary, string description) =>
        group.MapGet($"/{list}.csv", (
                [FromQuery(Name = "from")][Description(FromDescription)] DateOnly? from,
                [FromQuery(Name = "to")][Description(ToDescription)] DateOnly? to,
                ISender sender,
                CancellationToken cancellationToken) => ListCsv(list, from, to, sender, cancellationToken))
            .WithName(name)
            .WithSummary(summary)
            .WithDescription(description + " Columns: " + string.Join(", ", ReportingCsv.ListHeaders[list]) + ".")
            .Produces<string>(StatusCodes.Status200OK, ReportingCsv.ContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .Sends<ListRecordsQuery>();

    private static async Task<IResult> Indicators(
        [FromQuery(Name = "from")][Description(FromDescription)] DateOnly? from,
        [FromQuery(Name = "to")][Description(ToDescription)] DateOnly? to,
        [FromQuery(Name = "format")][Description("csv for the CSV export; anything else or nothing for JSON.")] string? format,
        HttpRequest request,
        ISender sender,
        CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetIndicatorsQuery(from, to), cancellationToken);
        var wantsCsv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
            || request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(ReportingCsv.ContentType, StringComparison.OrdinalIgnoreCase));
        return wantsCsv ? IndicatorsFile(report) : TypedResults.Ok(report);
    }

    private static async Task<FileContentHttpResult> IndicatorsCsv(
        [FromQuery(Name = "from")][Description(FromDescription)] DateOnly? from,
        [FromQuery(Name = "to")][Description(ToDescription)] DateOnly? to,
        ISender sender,
        CancellationToken cancellationToken) =>
        IndicatorsFile(await sender.Send(new GetIndicatorsQuery(from, to), cancellationToken));

    private static FileContentHttpResult IndicatorsFile(ReportingIndicatorsDto report) =>
        TypedResults.File(ReportingCsv.Indicators(report), ReportingCsv.ContentType + "; charset=utf-8", ReportingCsv.FileName("indicators", report));

    private static async Task<FileContentHttpResult> ListCsv(string list, DateOnly? from, DateOnly? to, ISender sender, CancellationToken cancellationToken)
    {
        var records = await sender.Send(new ListRecordsQuery(list, from, to), cancellationToken);
        return TypedResults.File(ReportingCsv.Records(list, records), ReportingCsv.ContentType + "; charset=utf-8", $"eu-dieh-{list}.csv");
    }
}
