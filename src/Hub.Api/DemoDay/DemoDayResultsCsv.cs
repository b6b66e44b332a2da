using System.Buffers;
using System.Globalization;
using CsvHelper;
using Hub.Application.DemoDay.Queries.GetResults;

namespace Hub.Api.DemoDay;

/// <summary>Results as CSV: pitch, venture, rank, normalised score, raw mean, judge count, awards.</summary>
internal static class DemoDayResultsCsv
{
    public const string ContentType = "text/csv";

    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.None, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\r\n" };

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    public static string Write(DemoDayResultsDto results)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteRecord(["pitchId", "slot", "venture", "rank", "normalizedScore", "rawMean", "judgeCount", "awards"]);
            foreach (var pitch in results.Pitches)
            {
                csv.WriteRecord(
                [
                    pitch.PitchId.ToString(),
                    pitch.Slot.ToString(CultureInfo.InvariantCulture),
                    Text(pitch.VentureName),
                    pitch.Rank.ToString(CultureInfo.InvariantCulture),
                    pitch.NormalizedScore.ToString("R", CultureInfo.InvariantCulture),
                    pitch.RawMean.ToString("R", CultureInfo.InvariantCulture),
                    pitch.JudgeCount.ToString(CultureInfo.InvariantCulture),
                    Text(string.Join("; ", pitch.Awards)),
                ]);
            }
        }

        return text.ToString();
    }

    // Venture names and award categories are people's text: one starting like a formula is escaped so a spreadsheet
    // shows it rather than runs it. Numbers are left alone (CsvHelper's own escaping would mangle negative scores).
    private static string Text(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;
}
