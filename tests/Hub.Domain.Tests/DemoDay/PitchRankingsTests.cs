using Hub.Domain.DemoDay.Ranking;

namespace Hub.Domain.Tests.DemoDay;

public sealed class PitchRankingsTests
{
    private static readonly Guid JudgeA = Guid.NewGuid();
    private static readonly Guid JudgeB = Guid.NewGuid();

    [Fact]
    public void Z_scores_per_judge_remove_a_lenient_judges_lift()
    {
        var (p1, p2, p3) = (new PitchEntry(Guid.NewGuid(), 1), new PitchEntry(Guid.NewGuid(), 2), new PitchEntry(Guid.NewGuid(), 3));
        // Judge A is harsh on everything, judge B generous; both put p2 first and p1 last.
        SheetScore[] sheets =
        [
            new(JudgeA, p1.PitchId, 2), new(JudgeA, p2.PitchId, 4), new(JudgeA, p3.PitchId, 3),
            new(JudgeB, p1.PitchId, 8), new(JudgeB, p2.PitchId, 10), new(JudgeB, p3.PitchId, 9),
        ];

        var ranked = PitchRankings.Rank(RankingMethod.ZScore, [p1, p2, p3], sheets);

        Assert.Equal([p2.PitchId, p3.PitchId, p1.PitchId], ranked.Select(r => r.PitchId));
        var z = Math.Sqrt(1.5);
        Assert.Equal(z, ranked[0].NormalizedScore, 12);
        Assert.Equal(0, ranked[1].NormalizedScore, 12);
        Assert.Equal(7, ranked[0].RawMean, 12);
        Assert.Equal(2, ranked[0].JudgeCount);
    }

    [Fact]
    public void A_judge_who_gave_everyone_the_same_score_contributes_zero()
    {
        var (p1, p2) = (new PitchEntry(Guid.NewGuid(), 1), new PitchEntry(Guid.NewGuid(), 2));
        var ranked = PitchRankings.Rank(RankingMethod.ZScore, [p1, p2], [new(JudgeA, p1.PitchId, 5), new(JudgeA, p2.PitchId, 5)]);

        Assert.All(ranked, r => Assert.Equal(0, r.NormalizedScore));
        Assert.Equal([1, 2], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Ties_after_rounding_to_nine_decimals_fall_to_raw_mean_then_judge_count_then_slot()
    {
        var (p1, p2, p3) = (new PitchEntry(Guid.NewGuid(), 1), new PitchEntry(Guid.NewGuid(), 2), new PitchEntry(Guid.NewGuid(), 3));
        // Every judge scored one pitch only: all z are 0, so raw mean decides, then judge count, then slot.
        SheetScore[] sheets =
        [
            new(JudgeA, p1.PitchId, 6), new(Guid.NewGuid(), p2.PitchId, 7), new(JudgeB, p3.PitchId, 6), new(Guid.NewGuid(), p3.PitchId, 6 + 1e-11),
        ];

        var ranked = PitchRankings.Rank(RankingMethod.ZScore, [p1, p2, p3], sheets);

        Assert.Equal([p2.PitchId, p3.PitchId, p1.PitchId], ranked.Select(r => r.PitchId));
    }

    [Fact]
    public void Equal_everything_is_ordered_by_slot()
    {
        var (late, early) = (new PitchEntry(Guid.NewGuid(), 9), new PitchEntry(Guid.NewGuid(), 2));
        var ranked = PitchRankings.Rank(RankingMethod.ZScore, [late, early], [new(JudgeA, late.PitchId, 4), new(JudgeB, early.PitchId, 4)]);

        Assert.Equal([early.PitchId, late.PitchId], ranked.Select(r => r.PitchId));
    }

    [Fact]
    public void A_pitch_nobody_scored_comes_last()
    {
        var (scored, unscored) = (new PitchEntry(Guid.NewGuid(), 2), new PitchEntry(Guid.NewGuid(), 1));
        var ranked = PitchRankings.Rank(RankingMethod.ZScore, [unscored, scored], [new(JudgeA, scored.PitchId, 1), new(JudgeB, scored.PitchId, 3)]);

        Assert.Equal([scored.PitchId, unscored.PitchId], ranked.Select(r => r.PitchId));
        Assert.Equal(0, ranked[1].JudgeCount);
    }

    [Fact]
    public void Raw_ranks_by_mean_weighted_score()
    {
        var (p1, p2) = (new PitchEntry(Guid.NewGuid(), 1), new PitchEntry(Guid.NewGuid(), 2));
        SheetScore[] sheets = [new(JudgeA, p1.PitchId, 9), new(JudgeA, p2.PitchId, 8), new(JudgeB, p2.PitchId, 9.5)];

        var ranked = PitchRankings.Rank(RankingMethod.Raw, [p1, p2], sheets);

        Assert.Equal([p1.PitchId, p2.PitchId], ranked.Select(r => r.PitchId));
        Assert.Equal(9, ranked[0].NormalizedScore);
        Assert.Equal(8.75, ranked[1].RawMean);
    }

    [Fact]
    public void The_weighted_score_is_the_weighted_mean()
    {
        Assert.Equal(7.4m, WeightedScore.Of([(2m, 5m), (3m, 9m)]));
        Assert.Throws<ArgumentException>(() => WeightedScore.Of([]));
    }

    [Fact]
    public void The_z_score_rule_matches_a_straightforward_implementation_on_random_demo_days()
    {
        var random = new Random(20230615);
        for (var day = 0; day < 500; day++)
        {
            var (pitches, sheets) = RandomDemoDays.Make(random);

            var ranked = PitchRankings.Rank(RankingMethod.ZScore, pitches, sheets);
            var expected = StraightforwardZScore.Rank(pitches, sheets);

            Assert.Equal(expected.Select(e => e.PitchId), ranked.Select(r => r.PitchId));
            foreach (var (actual, wanted) in ranked.Zip(expected))
            {
                Assert.Equal(wanted.Normalized, actual.NormalizedScore, 1e-9);
                Assert.Equal(wanted.RawMean, actual.RawMean, 1e-9);
                Assert.Equal(wanted.Count, actual.JudgeCount);
            }
        }
    }
}
