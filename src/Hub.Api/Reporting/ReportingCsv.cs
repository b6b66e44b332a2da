using System.Buffers;
using System.Globalization;
using System.Text;
using CsvHelper;
using Hub.Application.Reporting.Queries.GetIndicators;
using Hub.Application.Reporting.Queries.ListRecords;

namespace Hub.Api.Reporting;

/// <summary>
/// The donor's CSV files: UTF-8 with a byte-order mark (so Excel reads Mongolian soums), CRLF, invariant numbers,
/// fixed headers. Text that starts like a formula is prefixed with an apostrophe so a spreadsheet shows it.
/// </summary>
internal static class ReportingCsv
{
    public const string ContentType = "text/csv";

    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.None, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\r\n" };

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    public static readonly IReadOnlyList<string> IndicatorHeaders = ["code", "name", "unit", "target", "breakdown", "category", "value"];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> ListHeaders = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [ReportingLists.Applications] = ["applicationId", "founderUserId", "intakeId", "status", "changedAt", "gender", "birthYear", "ageBand", "soum"],
        [ReportingLists.Attendance] = ["sessionId", "founderUserId", "moduleId", "programmeId", "status", "hours", "sessionStartsAt", "gender", "birthYear", "ageBand", "soum"],
        [ReportingLists.MentoringSessions] = ["sessionId", "founderUserId", "mentorUserId", "mentorshipId", "format", "hours", "startedAt", "gender", "birthYear", "ageBand", "soum"],
        [ReportingLists.Grants] = ["proposalId", "founderUserId", "callId", "callKind", "amount", "amountMnt", "amountEur", "awardedAt", "gender", "birthYear", "ageBand", "soum"],
    };

    public static byte[] Indicators(ReportingIndicatorsDto report) =>
        Write(IndicatorHeaders, report.Indicators.SelectMany(IndicatorRows));

    public static byte[] Records(string list, IReadOnlyList<ReportingRecordDto> records) =>
        Write(ListHeaders[list], records.Select(r => RecordRow(list, r)));

    public static string FileName(string name, ReportingIndicatorsDto report) => FileName(name, report.From, report.To);

    public static string FileName(string name, DateOnly from, DateOnly to) =>
        $"eu-dieh-{name}-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.csv";

    private static IEnumerable<string[]> IndicatorRows(ReportingIndicatorDto i)
    {
        string[] Row(string breakdown, string category, string value) =>
            [i.Code, Text(i.Name), i.Unit, Number(i.Target), breakdown, Text(category), value];

        yield return Row("total", string.Empty, Number(i.Actual));
        if (i.Disaggregated)
        {
            yield return Row("gender", "female", Number(i.ByGender.Female));
            yield return Row("gender", "male", Number(i.ByGender.Male));
            yield return Row("gender", "other", Number(i.ByGender.Other));
            yield return Row("gender", "unknown", Number(i.ByGender.Unknown));
            yield return Row("ageBand", "under25", Number(i.ByAgeBand.Under25));
            yield return Row("ageBand", "from25To34", Number(i.ByAgeBand.From25To34));
            yield return Row("ageBand", "from35To44", Number(i.ByAgeBand.From35To44));
            yield return Row("ageBand", "from45", Number(i.ByAgeBand.From45));
            yield return Row("ageBand", "unknown", Number(i.ByAgeBand.Unknown));
            foreach (var soum in i.BySoum)
            {
                yield return Row("soum", soum.Soum, Number(soum.Count));
            }
        }

        if (i.AmountMnt is { } mnt)
        {
            yield return Row("amount", "MNT", mnt.Amount);
        }

        if (i.AmountEur is { } eur)
        {
            yield return Row("amount", "EUR", eur.Amount);
        }
    }

    private static string[] RecordRow(string list, ReportingRecordDto r)
    {
        string[] person = [Text(r.Gender ?? string.Empty), r.BirthYear?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, r.AgeBand, Text(r.Soum ?? string.Empty)];
        string[] fact = list switch
        {
            ReportingLists.Applications => [Id(r.SubjectId), Id(r.UserId), Id(r.GroupId), r.Detail, Time(r.OccurredAt)],
            ReportingLists.Attendance => [Id(r.SubjectId), Id(r.UserId), Id(r.RelatedId), Id(r.GroupId), r.Detail, Number(r.Quantity), Time(r.OccurredAt)],
            ReportingLists.MentoringSessions => [Id(r.SubjectId), Id(r.UserId), Id(r.RelatedId), Id(r.GroupId), r.Detail, Number(r.Quantity), Time(r.OccurredAt)],
            _ => [Id(r.SubjectId), Id(r.UserId), Id(r.GroupId), r.Detail, Money(r.Quantity), Money(r.AmountMnt), Money(r.AmountEur), Time(r.OccurredAt)],
        };
        return [.. fact, .. person];
    }

    private static byte[] Write(IReadOnlyList<string> headers, IEnumerable<string[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteRecord([.. headers]);
            foreach (var row in rows)
            {
                csv.WriteRecord(row);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Id(Guid? id) => id?.ToString() ?? string.Empty;

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Number(decimal? value) =>
        value is { } v ? decimal.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) : string.Empty;

    private static string Money(decimal? value) =>
        value is { } v ? decimal.Round(v, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) : string.Empty;

    private static string Text(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;
}
