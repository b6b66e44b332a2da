using Hub.Domain.DemoDay.Ranking;

namespace Hub.Domain.Tests.DemoDay;

/// <summary>The contract's rule written out the plain way, in decimal where it can be, to check the domain's implementation against.</summary>
internal static class StraightforwardZScore
{
    public static List<(Guid PitchId, double Normalized, double RawMean, int Count)> Rank(IReadOnlyList<PitchEntry> pitches, IReadOnlyList<SheetScore> sheets)
    {
        var z = new List<(Guid PitchId, double Z)>();
        foreach (var judge in sheets.Select(s => s.JudgeUserId).Distinct())
        {
            var own = sheets.Where(s => s.JudgeUserId == judge).ToList();
            var mean = own.Sum(s => s.Score) / own.Count;
            var variance = own.Sum(s => Math.Pow(s.Score - mean, 2)) / own.Count;
            var std = Math.Sqrt(variance);
            z.AddRange(own.Select(s => (s.PitchId, std < 1e-12 ? 0.0 : (s.Score - mean) / std)));
        }

        var rows = pitches.Select(p =>
        {
            var mine = z.Where(x => x.PitchId == p.PitchId).ToList();
            var raw = sheets.Where(s => s.PitchId == p.PitchId).ToList();
            return (p, Normalized: mine.Count == 0 ? 0 : mine.Sum(x => x.Z) / mine.Count, RawMean: raw.Count == 0 ? 0 : raw.Sum(s => s.Score) / raw.Count, Count: raw.Count);
        }).ToList();

        var ordered = rows
            .OrderBy(r => r.Count == 0)
            .ThenByDescending(r => Math.Round(r.Normalized, 9))
            .ThenByDescending(r => Math.Round(r.RawMean, 9))
            .ThenByDescending(r => r.Count)
            .ThenBy(r => r.p.Slot);
        return [.. ordered.Select(r => (r.p.PitchId, r.Normalized, r.RawMean, r.Count))];
    }
}
