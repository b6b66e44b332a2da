using System.Globalization;
using CsvHelper;
using Hub.Application.DemoDay.Queries.GetResults;

namespace Hub.Api.DemoDay;

/// <summary>Results as CSV: pitch, venture, rank, normalised score, raw mean, judge count, awards.</summary>
internal static class DemoDayResultsCsv
{
    public const string ContentType = "text/csv";

    // Venture names are founders' text: a leading = + - @ is escaped so a spreadsheet never runs it as a formula.
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\r\n" };

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
                    pitch.VentureName,
                    pitch.Rank.ToString(CultureInfo.InvariantCulture),
                    pitch.NormalizedScore.ToString("R", CultureInfo.InvariantCulture),
                    pitch.RawMean.ToString("R", CultureInfo.InvariantCulture),
                    pitch.JudgeCount.ToString(CultureInfo.InvariantCulture),
                    string.Join("; ", pitch.Awards),
                ]);
            }
        }

        return text.ToString();
    }
}
