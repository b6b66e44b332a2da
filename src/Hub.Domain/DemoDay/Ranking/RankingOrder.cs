namespace Hub.Domain.DemoDay.Ranking;

/// <summary>
/// The contract's order: normalizedScore desc, rawMean desc, judgeCount desc, slot asc, with scores compared after
/// rounding to 9 decimals (equal rounded scores are ties). Pitches nobody scored come last, by slot.
/// </summary>
internal static class RankingOrder
{
    public const int Decimals = 9;

    public static IReadOnlyList<RankedPitch> Rank(IEnumerable<PitchTally> tallies) =>
        [.. tallies
            .OrderBy(t => t.JudgeCount == 0)
            .ThenByDescending(t => Math.Round(t.NormalizedScore, Decimals, MidpointRounding.AwayFromZero))
            .ThenByDescending(t => Math.Round(t.RawMean, Decimals, MidpointRounding.AwayFromZero))
            .ThenByDescending(t => t.JudgeCount)
            .ThenBy(t => t.Pitch.Slot)
            .Select((t, index) => new RankedPitch(t.Pitch.PitchId, index + 1, t.NormalizedScore, t.RawMean, t.JudgeCount))];
}
