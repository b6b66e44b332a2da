using Hub.Domain.SeedCapital.Awards;
using static Hub.Domain.Tests.SeedCapital.Awards.AwardRuleTestData;

namespace Hub.Domain.Tests.SeedCapital.Awards;

public sealed class AwardRuleTests
{
    [Fact]
    public void A_score_is_the_mean_of_the_evaluations_weighted_scores()
    {
        IReadOnlyList<AwardCriterion> criteria = [new("Innovation", 3m), new("Team", 1m)];
        var candidate = Candidate(100m, 0,
            new CandidateEvaluation(false, new Dictionary<string, decimal> { ["Innovation"] = 9, ["Team"] = 5 }),
            new CandidateEvaluation(false, new Dictionary<string, decimal> { ["Innovation"] = 6, ["Team"] = 10 }));

        var outcome = AwardRule.Apply(1000m, 0m, criteria, [candidate]);

        // (3·9+5)/4 = 8 and (3·6+10)/4 = 7: the mean is 7.5.
        Assert.Equal(7.5m, Assert.Single(outcome.Ranking).Score);
    }

    [Fact]
    public void A_conflicted_evaluation_is_left_out_of_the_mean_and_the_count()
    {
        var candidate = Candidate(100m, 0, Scored(8), Conflicted(), Scored(6));

        var ranked = Assert.Single(AwardRule.Apply(1000m, 0m, OneCriterion, [candidate]).Ranking);

        Assert.Equal(7m, ranked.Score);
        Assert.Equal(2, ranked.Evaluations);
    }

    [Fact]
    public void Fewer_than_two_evaluations_are_not_ranked()
    {
        var outcome = AwardRule.Apply(1000m, 0m, OneCriterion, [Candidate(100m, 0, Scored(10)), Candidate(100m, 1)]);

        Assert.Empty(outcome.Ranking);
        Assert.Empty(outcome.Awarded);
        Assert.Equal(1000m, outcome.Remaining);
    }

    [Fact]
    public void A_proposal_whose_evaluations_are_all_conflicted_is_not_ranked()
    {
        var outcome = AwardRule.Apply(1000m, 0m, OneCriterion, [Candidate(100m, 0, Conflicted(), Conflicted(), Conflicted())]);

        Assert.Empty(outcome.Ranking);
    }

    [Fact]
    public void Two_scored_evaluations_beside_conflicts_are_enough()
    {
        var outcome = AwardRule.Apply(1000m, 0m, OneCriterion, [Candidate(100m, 0, Conflicted(), Scored(5), Conflicted(), Scored(6))]);

        Assert.Equal(5.5m, Assert.Single(outcome.Ranking).Score);
    }

    [Fact]
    public void A_score_below_the_minimum_is_not_ranked_and_one_equal_to_it_is()
    {
        var below = Candidate(100m, 0, Scored(5.99m), Scored(6m));
        var equal = Candidate(100m, 1, Scored(6m), Scored(6m));

        var outcome = AwardRule.Apply(1000m, 6m, OneCriterion, [below, equal]);

        Assert.Equal(equal.ProposalId, Assert.Single(outcome.Ranking).ProposalId);
    }

    [Fact]
    public void Equal_scores_rank_the_earlier_submission_first()
    {
        var later = Candidate(100m, 10, Scored(7), Scored(8));
        var earlier = Candidate(100m, 5, Scored(8), Scored(7));

        var outcome = AwardRule.Apply(1000m, 0m, OneCriterion, [later, earlier]);

        Assert.Equal([earlier.ProposalId, later.ProposalId], outcome.Ranking.Select(r => r.ProposalId));
        Assert.Equal([1, 2], outcome.Ranking.Select(r => r.Rank));
    }

    [Fact]
    public void Scores_equal_once_rounded_to_nine_decimals_are_ties()
    {
        // 20/3 = 6.6666666666… rounds to 6.666666667, exactly the other's score: a tie, so the earlier submission leads.
        var exact = Candidate(100m, 10, Scored(6.666666667m), Scored(6.666666667m));
        var thirds = Candidate(100m, 5, Scored(10), Scored(10), Scored(0));

        var outcome = AwardRule.Apply(1000m, 0m, OneCriterion, [exact, thirds]);

        Assert.Equal([thirds.ProposalId, exact.ProposalId], outcome.Ranking.Select(r => r.ProposalId));
        Assert.Equal(6.666666667m, outcome.Ranking[0].Score);
    }

    [Fact]
    public void A_tie_on_score_and_submission_is_broken_by_proposal_id()
    {
        var high = Guid.Parse("f0000000-0000-0000-0000-000000000000");
        var low = Guid.Parse("0a000000-0000-0000-0000-000000000000");

        var outcome = AwardRule.Apply(1000m, 0m, OneCriterion, [Candidate(high, 100m, 0, Scored(7), Scored(7)), Candidate(low, 100m, 0, Scored(7), Scored(7))]);

        Assert.Equal([low, high], outcome.Ranking.Select(r => r.ProposalId));
    }

    [Fact]
    public void A_request_that_fits_the_remaining_budget_exactly_is_funded()
    {
        var first = Candidate(600m, 0, Scored(9), Scored(9));
        var second = Candidate(400m, 1, Scored(8), Scored(8));

        var outcome = AwardRule.Apply(1000m, 0m, OneCriterion, [first, second]);

        Assert.Equal([600m, 400m], outcome.Awarded.Select(a => a.Amount));
        Assert.Equal(1000m, outcome.TotalAwarded);
        Assert.Equal(0m, outcome.Remaining);
    }

    [Fact]
    public void A_request_the_budget_cannot_cover_is_skipped_and_a_later_smaller_one_still_fits()
    {
        var first = Candidate(600m, 0, Scored(9), Scored(9));
        var tooBig = Candidate(500m, 1, Scored(8), Scored(8));
        var small = Candidate(300m, 2, Scored(7), Scored(7));

        var outcome = AwardRule.Apply(1000m, 0m, OneCriterion, [first, tooBig, small]);

        Assert.Equal([first.ProposalId, small.ProposalId], outcome.Awarded.Select(a => a.ProposalId));
        Assert.Equal(3, outcome.Ranking.Count);
        Assert.Equal(100m, outcome.Remaining);
    }

    [Fact]
    public void Nothing_is_funded_when_the_budget_covers_no_request()
    {
        var outcome = AwardRule.Apply(99.99m, 0m, OneCriterion, [Candidate(100m, 0, Scored(9), Scored(9))]);

        Assert.Single(outcome.Ranking);
        Assert.Empty(outcome.Awarded);
        Assert.Equal(99.99m, outcome.Remaining);
    }

    [Fact]
    public void No_proposals_give_an_empty_award()
    {
        var outcome = AwardRule.Apply(500m, 5m, OneCriterion, []);

        Assert.Empty(outcome.Ranking);
        Assert.Equal(0m, outcome.TotalAwarded);
        Assert.Equal(500m, outcome.Remaining);
    }
}
