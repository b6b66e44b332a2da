using Hub.Domain.Common;
using Hub.Domain.SeedCapital;
using Hub.Domain.SeedCapital.Proposals;
using static Hub.Domain.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Domain.Tests.SeedCapital.Proposals;

public sealed class ProposalTests
{
    [Fact]
    public void A_request_above_the_maximum_grant_is_refused()
    {
        var error = Assert.Throws<BusinessRuleException>(() => Draft(OpenCall(maxGrant: 500_000m), 500_000.01m));
        Assert.Equal("proposal.above-max-grant", error.Code);
    }

    [Fact]
    public void Submitting_after_closesAt_is_refused_even_before_the_call_is_recorded_closed()
    {
        var call = OpenCall();
        var proposal = Draft(call);

        var error = Assert.Throws<BusinessRuleException>(() => proposal.Submit(call, call.ClosesAt));

        Assert.Equal("call.closed", error.Code);
        Assert.Equal(ProposalStatus.Draft, proposal.Status);
    }

    [Fact]
    public void A_draft_is_revised_under_the_drafting_rules_while_the_call_takes_proposals()
    {
        var call = OpenCall(maxGrant: 500_000m);
        var proposal = Draft(call);

        proposal.Revise(call, Content(300_000m, ("Cold store", 300_000m)), Now.AddHours(1));
        Assert.Equal((300_000m, "Cold store", Now.AddHours(1)), (proposal.RequestedAmount.Amount, proposal.BudgetLines.Single().Item, proposal.UpdatedAt));

        Assert.Equal("proposal.above-max-grant", Assert.Throws<BusinessRuleException>(() => proposal.Revise(call, Content(500_001m), Now)).Code);
        Assert.Throws<InvalidValueException>(() => proposal.Revise(call, Content(300_000m, ("Cold store", 200_000m)), Now));
        Assert.Equal("call.closed", Assert.Throws<BusinessRuleException>(() => proposal.Revise(call, Content(200_000m), call.ClosesAt)).Code);
        Assert.Equal(300_000m, proposal.RequestedAmount.Amount);
    }

    [Fact]
    public void A_submitted_proposal_is_not_revised()
    {
        var call = OpenCall();
        var proposal = Draft(call);
        proposal.Submit(call, Now);

        Assert.Equal("proposal.not-draft", Assert.Throws<StateConflictException>(() => proposal.Revise(call, Content(200_000m), Now)).Code);
    }

    [Fact]
    public void A_conflict_of_interest_keeps_no_scores_and_a_second_evaluation_revises_the_first()
    {
        var call = OpenCall();
        var proposal = Draft(call);
        proposal.Submit(call, Now);
        var evaluator = Guid.NewGuid();

        Assert.True(proposal.Evaluate(call, evaluator, true, Scores(9, 9), Now));
        Assert.Empty(proposal.EvaluationBy(evaluator)!.Scores);

        Assert.False(proposal.Evaluate(call, evaluator, false, Scores(7, 5), Now.AddHours(1)));
        var evaluation = Assert.Single(proposal.Evaluations);
        Assert.False(evaluation.ConflictOfInterest);
        Assert.Equal(7m, evaluation.Scores["Innovation"]);
    }

    [Fact]
    public void Erasing_an_evaluator_blanks_their_comment_only_and_keeps_every_score()
    {
        var call = OpenCall();
        var proposal = Draft(call);
        proposal.Submit(call, Now);
        var (erased, other) = (Guid.NewGuid(), Guid.NewGuid());
        proposal.Evaluate(call, erased, false, Scores(7, 5), Now, "Strong team; check the budget.");
        proposal.Evaluate(call, other, false, Scores(6, 6), Now, "Fine.");
        var before = proposal.ToCandidate().Evaluations.Select(e => e.Scores).ToList();

        proposal.EraseEvaluatorComment(erased);
        proposal.EraseEvaluatorComment(erased);
        proposal.EraseEvaluatorComment(Guid.NewGuid());

        Assert.Null(proposal.EvaluationBy(erased)!.Comment);
        Assert.Equal("Fine.", proposal.EvaluationBy(other)!.Comment);
        Assert.Equal(before, proposal.ToCandidate().Evaluations.Select(e => e.Scores).ToList());
        Assert.Equal(7m, proposal.EvaluationBy(erased)!.Scores["Innovation"]);
    }

    [Theory]
    [InlineData("Innovation", 10.5)]
    [InlineData("Innovation", -1)]
    [InlineData("Luck", 5)]
    public void Every_criterion_is_scored_0_to_10_and_no_other(string criterion, double value)
    {
        var call = OpenCall();
        var proposal = Draft(call);
        proposal.Submit(call, Now);
        var scores = Scores(5, 5);
        scores[criterion] = (decimal)value;

        Assert.Throws<InvalidValueException>(() => proposal.Evaluate(call, Guid.NewGuid(), false, scores, Now));
    }

    [Fact]
    public void Criteria_are_matched_ignoring_case_and_kept_under_the_calls_names()
    {
        var call = OpenCall();
        var proposal = Draft(call);
        proposal.Submit(call, Now);
        var evaluator = Guid.NewGuid();

        proposal.Evaluate(call, evaluator, false, new Dictionary<string, decimal> { ["innovation"] = 6, ["TEAM"] = 4 }, Now);

        Assert.Equal(["Innovation", "Team"], proposal.EvaluationBy(evaluator)!.Scores.Keys.Order());
    }

    [Fact]
    public void A_missing_criterion_is_refused()
    {
        var call = OpenCall();
        var proposal = Draft(call);
        proposal.Submit(call, Now);

        Assert.Throws<InvalidValueException>(() => proposal.Evaluate(call, Guid.NewGuid(), false, new Dictionary<string, decimal> { ["Innovation"] = 5 }, Now));
    }

    [Fact]
    public void Money_keeps_cents_and_refuses_fractions_of_them()
    {
        Assert.Equal(1500000.00m, Money.Of(1_500_000m, Currency.MNT).Amount);
        Assert.Equal("1500000.00", Money.Of(1_500_000m, Currency.MNT).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<InvalidValueException>(() => Money.Of(0.001m, Currency.MNT));
        Assert.Throws<InvalidValueException>(() => Money.Of(-1m, Currency.EUR));
    }

    private static ProposalContent Content(decimal requested, params (string Item, decimal Amount)[] lines) =>
        new(Money.Of(requested, Currency.MNT), "A dairy cooperative with a cold store.", [.. lines.Select(l => BudgetLine.Create(l.Item, l.Amount, Currency.MNT))], []);
}
