using Hub.Domain.Mentoring.Matching;

namespace Hub.Domain.Tests.Mentoring.Matching;

public sealed class OptimalMatcherTests
{
    [Fact]
    public void Beats_greedy_when_the_best_pair_blocks_two_good_ones()
    {
        // Greedy takes (a0, m0) = 10 and leaves a1 unmatched; optimal gives a0 → m1 and a1 → m0: 9 + 9.
        var instance = new MatchingInstance(2, [1, 1], [10, 9, 9, MatchingInstance.Ineligible]);

        var optimal = OptimalMatcher.Solve(instance);
        var greedy = GreedyMatcher.Solve(instance);

        Assert.Equal([1, 0], optimal.MentorOf);
        Assert.Equal(18, optimal.TotalScore);
        Assert.Equal(1, greedy.MatchedCount);
    }

    [Fact]
    public void Matches_more_applications_before_a_higher_total()
    {
        // One mentor of capacity 1 could take a0 for 100, but a1 has no one else: a0 → m0 (100) + nothing
        // loses to a0 → m1 (1) + a1 → m0 (1), which matches two.
        var instance = new MatchingInstance(2, [1, 1], [100, 1, 1, MatchingInstance.Ineligible]);

        var result = OptimalMatcher.Solve(instance);

        Assert.Equal(2, result.MatchedCount);
        Assert.Equal(2, result.TotalScore);
    }

    [Fact]
    public void Never_assigns_an_ineligible_pair()
    {
        var instance = new MatchingInstance(2, [2], [MatchingInstance.Ineligible, 5]);

        var result = OptimalMatcher.Solve(instance);

        Assert.Equal([-1, 0], result.MentorOf);
    }

    [Fact]
    public void Honours_a_pin_even_when_it_lowers_the_total()
    {
        var instance = new MatchingInstance(1, [1, 1], [9, 1], [new MatchingPin(0, 1)]);

        var result = OptimalMatcher.Solve(instance);

        Assert.Equal([1], result.MentorOf);
        Assert.Equal(1, result.TotalScore);
    }

    [Fact]
    public void Refuses_pins_over_capacity()
    {
        var instance = new MatchingInstance(2, [1], [5, 5], [new MatchingPin(0, 0), new MatchingPin(1, 0)]);

        var result = OptimalMatcher.Solve(instance);

        Assert.False(result.IsFeasible);
        Assert.Equal(new MatchingPin(1, 0), result.InfeasiblePin);
        Assert.Contains("capacity", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_pin_on_an_ineligible_pair()
    {
        var instance = new MatchingInstance(1, [1], [MatchingInstance.Ineligible], [new MatchingPin(0, 0)]);

        var result = OptimalMatcher.Solve(instance);

        Assert.False(result.IsFeasible);
        Assert.Contains("not eligible", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_nobody_when_no_mentor_has_room()
    {
        var result = OptimalMatcher.Solve(new MatchingInstance(2, [0], [5, 5]));

        Assert.Equal([-1, -1], result.MentorOf);
        Assert.Equal(0, result.TotalScore);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Equals_brute_force_on_random_small_instances(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 250; round++)
        {
            var instance = RandomInstance(random);
            var expected = BruteForceMatcher.Best(instance);
            var actual = OptimalMatcher.Solve(instance);

            if (expected is null)
            {
                Assert.False(actual.IsFeasible);
                continue;
            }

            Assert.True(actual.IsFeasible, actual.FailureReason);
            Assert.Equal(expected.Value.Matched, actual.MatchedCount);
            Assert.Equal(expected.Value.Total, actual.TotalScore);
            AssertValid(instance, actual);
        }
    }

    private static void AssertValid(MatchingInstance instance, MatchingResult result)
    {
        var load = new int[instance.MentorCount];
        long total = 0;
        for (var application = 0; application < instance.ApplicationCount; application++)
        {
            var mentor = result.MentorOf[application];
            if (mentor < 0)
            {
                continue;
            }

            Assert.True(instance.IsEligible(application, mentor));
            load[mentor]++;
            total += instance.Score(application, mentor);
        }

        Assert.All(Enumerable.Range(0, instance.MentorCount), m => Assert.True(load[m] <= instance.FreeCapacity[m]));
        Assert.All(instance.Pins, pin => Assert.Equal(pin.Mentor, result.MentorOf[pin.Application]));
        Assert.Equal(total, result.TotalScore);
    }

    private static MatchingInstance RandomInstance(Random random)
    {
        var applications = random.Next(0, 7);
        var mentors = random.Next(1, 4);
        var capacity = Enumerable.Range(0, mentors).Select(_ => random.Next(0, 3)).ToArray();

        // Few distinct scores, so ties are common.
        var scores = new long[applications * mentors];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = random.Next(4) == 0 ? MatchingInstance.Ineligible : random.Next(0, 5) * 250_000;
        }

        var pins = new List<MatchingPin>();
        if (applications > 0 && random.Next(3) == 0)
        {
            for (var k = random.Next(1, 3); k > 0; k--)
            {
                pins.Add(new MatchingPin(random.Next(applications), random.Next(mentors)));
            }
        }

        return new MatchingInstance(applications, capacity, scores, pins);
    }
}
