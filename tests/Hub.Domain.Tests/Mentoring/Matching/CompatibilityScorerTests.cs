using Hub.Domain.Mentoring.Matching;

namespace Hub.Domain.Tests.Mentoring.Matching;

public sealed class CompatibilityScorerTests
{
    private static readonly DateOnly Winter = new(2026, 1, 15);

    private static CompatibilityInput Input(
        string[]? mentorLanguages = null, string[]? expertise = null, int capacity = 2, int load = 0, bool conflict = false, bool forbidden = false) =>
        new("Agriculture", ["mn", "en"], "Asia/Ulaanbaatar", expertise ?? ["Agriculture"], mentorLanguages ?? ["mn"], "Asia/Ulaanbaatar", capacity, load, conflict, forbidden);

    [Fact]
    public void A_perfect_pair_scores_the_sum_of_the_weights_with_a_reason_per_part()
    {
        var result = CompatibilityScorer.Score(Input(), new CompatibilityWeights(), Winter);

        Assert.True(result.Eligible);
        Assert.Equal(1.000000m, result.Score);
        Assert.Equal(1_000_000, result.ScoreMicros);
        Assert.Equal(4, result.Reasons.Count);
    }

    [Fact]
    public void Each_part_is_weighted_and_the_score_is_rounded_to_six_decimals()
    {
        // Ljubljana in winter: 1 h of 8 overlaps; second language only; no expertise; one of three places taken.
        var input = Input(mentorLanguages: ["en"], expertise: ["Tourism"], capacity: 3, load: 1) with { MentorTimeZone = "Europe/Ljubljana" };

        var result = CompatibilityScorer.Score(input, new CompatibilityWeights(), Winter);

        Assert.Equal(Math.Round((0.20m * 0.5m) + (0.25m / 8m) + (0.15m * 2m / 3m), 6), result.Score);
    }

    [Theory]
    [InlineData(new[] { "tr" }, false, false, "share no language")]
    [InlineData(new[] { "mn" }, true, false, "conflict of interest")]
    [InlineData(new[] { "mn" }, false, true, "forbidden")]
    public void A_pair_is_eligible_only_with_a_shared_language_and_no_conflict_or_forbid(string[] languages, bool conflict, bool forbidden, string reason)
    {
        var result = CompatibilityScorer.Score(Input(mentorLanguages: languages, conflict: conflict, forbidden: forbidden), new CompatibilityWeights(), Winter);

        Assert.False(result.Eligible);
        Assert.Contains(result.Reasons, r => r.Contains(reason, StringComparison.Ordinal));
    }
}
