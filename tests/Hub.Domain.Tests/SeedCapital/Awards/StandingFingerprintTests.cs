using Hub.Domain.SeedCapital.Awards;
using static Hub.Domain.Tests.SeedCapital.Awards.AwardRuleTestData;

namespace Hub.Domain.Tests.SeedCapital.Awards;

public sealed class StandingFingerprintTests
{
    private static readonly Guid First = Guid.NewGuid();
    private static readonly Guid Second = Guid.NewGuid();

    [Fact]
    public void The_same_standing_has_the_same_fingerprint_whatever_the_order_of_the_candidates()
    {
        IReadOnlyList<AwardCandidate> candidates = [Candidate(First, 100m, 0, Scored(8), Scored(6)), Candidate(Second, 100m, 1, Scored(9))];

        Assert.Equal(Of(candidates), Of([.. candidates.Reverse()]));
    }

    [Theory]
    [InlineData("second evaluation")] // the second proposal now ranks
    [InlineData("conflict")] // counted, though it does not change the ranking
    [InlineData("revised score")] // the score shown changes
    [InlineData("new proposal")]
    public void A_change_the_manager_did_not_see_changes_the_fingerprint(string change)
    {
        IReadOnlyList<AwardCandidate> seen = [Candidate(First, 100m, 0, Scored(8), Scored(6)), Candidate(Second, 100m, 1, Scored(9))];
        IReadOnlyList<AwardCandidate> now = change switch
        {
            "second evaluation" => [seen[0], Candidate(Second, 100m, 1, Scored(9), Scored(9))],
            "conflict" => [Candidate(First, 100m, 0, Scored(8), Scored(6), Conflicted()), seen[1]],
            "revised score" => [Candidate(First, 100m, 0, Scored(8), Scored(7)), seen[1]],
            _ => [.. seen, Candidate(Guid.NewGuid(), 100m, 2)],
        };

        Assert.NotEqual(Of(seen), Of(now));
    }

    private static string Of(IReadOnlyList<AwardCandidate> candidates) =>
        StandingFingerprint.Of(candidates, AwardRule.Apply(1000m, 0m, OneCriterion, candidates));
}
