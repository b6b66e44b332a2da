using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Domain.SeedCapital.Awards;

/// <summary>Awards a call: applies the rule to its submitted proposals, decides each of them, and makes a grant of every funded one.</summary>
public static class CallAwarding
{
    public static AwardResult Award(CallForProposals call, IReadOnlyList<Proposal> submitted, Guid awardedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(submitted);
        var outcome = call.AwardGrants([.. submitted.Select(p => p.ToCandidate())], awardedBy, now);
        var funded = outcome.Awarded.ToDictionary(a => a.ProposalId, a => a.Amount);
        var grants = new List<Grant>();
        foreach (var proposal in submitted)
        {
            decimal? amount = funded.TryGetValue(proposal.Id.Value, out var value) ? value : null;
            proposal.Decide(call, amount, now);
            if (amount is { } granted)
            {
                grants.Add(Grant.Award(call, proposal, granted, awardedBy, now));
            }
        }

        return new AwardResult(outcome, grants);
    }
}
