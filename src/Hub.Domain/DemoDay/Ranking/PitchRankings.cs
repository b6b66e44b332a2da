namespace Hub.Domain.DemoDay.Ranking;

/// <summary>
/// Ranks a Demo Day's pitches from its counted sheets (last revisions, conflicted pairs already left out), by one
/// method. Pure: plain data in, a ranking out. Arithmetic is double (the weighted scores are computed exactly in
/// decimal first, see <see cref="WeightedScore"/>).
/// </summary>
public static class PitchRankings
{
    public static IReadOnlyList<RankedPitch> Rank(RankingMethod method, IReadOnlyList<PitchEntry> pitches, IReadOnlyList<SheetScore> sheets)
    {
        var known = pitches.Select(p => p.PitchId).ToHashSet();
        var counted = sheets.Where(s => known.Contains(s.PitchId)).ToList();
        var normalized = method switch
        {
            RankingMethod.ZScore => ZScoreNormalization.MeanZ(counted),
            RankingMethod.Raw => RawMeans(counted),
            RankingMethod.Additive => AdditiveModel.Fit(counted).PitchQuality,
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Not a ranking method."),
        };
        var raw = RawMeans(counted);
        var counts = counted.GroupBy(s => s.PitchId).ToDictionary(g => g.Key, g => g.Count());
        return RankingOrder.Rank(pitches.Select(p => new PitchTally(
            p,
            normalized.GetValueOrDefault(p.PitchId),
            raw.GetValueOrDefault(p.PitchId),
            counts.GetValueOrDefault(p.PitchId))));
    }

    private static Dictionary<Guid, double> RawMeans(IEnumerable<SheetScore> sheets) =>
        sheets.GroupBy(s => s.PitchId).ToDictionary(g => g.Key, g => g.Average(s => s.Score));
}
