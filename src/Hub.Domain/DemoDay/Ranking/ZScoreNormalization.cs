namespace Hub.Domain.DemoDay.Ranking;

/// <summary>
/// Per judge, over the pitches that judge scored: z = (S − mean) / population std-dev, or 0 when every S of the
/// judge is the same; a pitch's normalised score is the mean of its z.
/// </summary>
internal static class ZScoreNormalization
{
    public static Dictionary<Guid, double> MeanZ(IReadOnlyList<SheetScore> sheets)
    {
        var sum = new Dictionary<Guid, double>();
        var count = new Dictionary<Guid, int>();
        foreach (var judge in sheets.GroupBy(s => s.JudgeUserId))
        {
            var scores = judge.ToList();
            var mean = scores.Average(s => s.Score);
            // Equal scores are equal doubles (they come from exact decimals): their std-dev is 0, not rounding noise.
            var flat = scores.TrueForAll(s => s.Score == scores[0].Score);
            var stdDev = flat ? 0 : Math.Sqrt(scores.Sum(s => (s.Score - mean) * (s.Score - mean)) / scores.Count);
            foreach (var sheet in scores)
            {
                var z = stdDev == 0 ? 0 : (sheet.Score - mean) / stdDev;
                sum[sheet.PitchId] = sum.GetValueOrDefault(sheet.PitchId) + z;
                count[sheet.PitchId] = count.GetValueOrDefault(sheet.PitchId) + 1;
            }
        }

        return sum.ToDictionary(p => p.Key, p => p.Value / count[p.Key]);
    }
}
