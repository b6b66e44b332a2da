using Hub.Domain.Common;
using Hub.Domain.SeedCapital.Awards;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;
using static Hub.Domain.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Domain.Tests.SeedCapital.Awards;

public sealed class CallAwardingTests
{
    [Fact]
    public void An_award_decides_every_proposal_makes_grants_and_runs_once()
    {
        var call = OpenCall(budget: 150_000m);
        var funded = Submitted(call, 100_000m, 9);
        var skipped = Submitted(call, 100_000m, 8);

        var result = CallAwarding.Award(call, [funded, skipped], Guid.NewGuid(), Now.AddDays(20));

        Assert.Equal(CallStatus.Awarded, call.Status);
        Assert.Equal(ProposalStatus.Awarded, funded.Status);
        Assert.Equal(ProposalStatus.NotFunded, skipped.Status);
        var grant = Assert.Single(result.Grants);
        Assert.Equal(100_000m, grant.Amount.Amount);
        Assert.Equal(50_000m, call.Award!.Remaining.Amount);
        Assert.Throws<StateConflictException>(() => CallAwarding.Award(call, [], Guid.NewGuid(), Now.AddDays(21)));
    }

    private static Proposal Submitted(CallForProposals call, decimal requested, decimal score)
    {
        var proposal = Draft(call, requested);
        proposal.Submit(call, Now);
        proposal.Evaluate(call, Guid.NewGuid(), false, Scores(score, score), Now);
        proposal.Evaluate(call, Guid.NewGuid(), false, Scores(score, score), Now);
        return proposal;
    }
}
