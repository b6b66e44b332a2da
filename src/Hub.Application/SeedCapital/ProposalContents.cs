using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital;

internal static class ProposalContents
{
    /// <summary>The content as the domain holds it, amounts in the call's currency.</summary>
    public static ProposalContent ToContent(this IProposalContentInput input, CallForProposals call) =>
        new(
            input.RequestedAmount.ToMoney("requestedAmount"),
            input.Summary,
            [.. (input.BudgetLines ?? []).Select(l => BudgetLine.Create(l.Item, l.Amount, call.Currency))],
            [.. (input.Milestones ?? []).Select(m => Milestone.Create(m.Title, m.DueOn, m.Amount, call.Currency))]);
}
