using Hub.Domain.DemoDay.Ranking;

namespace Hub.Domain.Tests.DemoDay;

public sealed class AdditiveModelTests
{
    [Fact]
    public void Recovers_quality_and_bias_exactly_when_the_data_fits_the_model()
    {
        var pitches = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var judges = Enumerable.Range(0, 3).Select(_ => Guid.NewGuid()).ToList();
        double[] quality = [6, 7, 5, 8, 4];
        double[] bias = [-1, 0.5, 0.5];
        // Overlapping panels: judge 0 saw pitches 0–2, judge 1 pitches 2–4, judge 2 pitches 1 and 3.
        int[][] seen = [[0, 1, 2], [2, 3, 4], [1, 3]];
        var sheets = seen.SelectMany((ps, j) => ps.Select(p => new SheetScore(judges[j], pitches[p], quality[p] + bias[j]))).ToList();

        var fit = AdditiveModel.Fit(sheets);

        for (var p = 0; p < 5; p++)
        {
            Assert.Equal(quality[p], fit.PitchQuality[pitches[p]], 9);
        }

        for (var j = 0; j < 3; j++)
        {
            Assert.Equal(bias[j], fit.JudgeBias[judges[j]], 9);
        }
    }

    [Fact]
    public void A_lenient_judge_of_the_weaker_pitches_does_not_lift_them()
    {
        var (strong, weak) = (new PitchEntry(Guid.NewGuid(), 1), new PitchEntry(Guid.NewGuid(), 2));
        var (harsh, lenient, both) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        SheetScore[] sheets = [new(harsh, strong.PitchId, 6), new(lenient, weak.PitchId, 9), new(both, strong.PitchId, 8), new(both, weak.PitchId, 7)];

        Assert.Equal(weak.PitchId, PitchRankings.Rank(RankingMethod.Raw, [strong, weak], sheets)[0].PitchId);
        Assert.Equal(strong.PitchId, PitchRankings.Rank(RankingMethod.Additive, [strong, weak], sheets)[0].PitchId);
    }

    [Fact]
    public void Matches_the_full_normal_equations_on_random_demo_days_including_disconnected_panels()
    {
        var random = new Random(7);
        for (var day = 0; day < 200; day++)
        {
            var (_, sheets) = RandomDemoDays.Make(random);
            var noisy = sheets.Select(s => s with { Score = s.Score + random.NextDouble() }).ToList();

            var fit = AdditiveModel.Fit(noisy);
            var (quality, bias) = BruteForceAdditive.Fit(noisy);

            foreach (var (pitch, q) in quality)
            {
                Assert.Equal(q, fit.PitchQuality[pitch], 1e-7);
            }

            foreach (var (judge, b) in bias)
            {
                Assert.Equal(b, fit.JudgeBias[judge], 1e-7);
            }
        }
    }

    [Fact]
    public void Biases_sum_to_zero_within_each_disconnected_panel()
    {
        var (p1, p2) = (Guid.NewGuid(), Guid.NewGuid());
        var (a, b, c, d) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        SheetScore[] sheets = [new(a, p1, 5), new(b, p1, 7), new(c, p2, 2), new(d, p2, 3)];

        var fit = AdditiveModel.Fit(sheets);

        Assert.Equal(0, fit.JudgeBias[a] + fit.JudgeBias[b], 12);
        Assert.Equal(0, fit.JudgeBias[c] + fit.JudgeBias[d], 12);
        Assert.Equal(6, fit.PitchQuality[p1], 12);
        Assert.Equal(2.5, fit.PitchQuality[p2], 12);
    }

    [Fact]
    public void The_cholesky_solver_solves_a_known_system_and_refuses_a_singular_one()
    {
        var x = CholeskySolver.Solve(new double[,] { { 4, 2 }, { 2, 3 } }, [2, 5]);

        Assert.Equal(-0.5, x[0], 12);
        Assert.Equal(2, x[1], 12);
        Assert.Throws<ArgumentException>(() => CholeskySolver.Solve(new double[,] { { 1, 1 }, { 1, 1 } }, [1, 1]));
    }
}
