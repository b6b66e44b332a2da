using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital.Queries.GetProposal;

internal static class ProposalMapping
{
    public static SeedCapitalProposalDto ToDto(this Proposal proposal, CallForProposals call, IEnumerable<Evaluation> evaluations) =>
        new(
            proposal.Id.Value,
            proposal.CallId.Value,
            proposal.ApplicationId,
            proposal.FounderUserId,
            proposal.VentureName,
            SeedCapitalMoneyDto.From(proposal.RequestedAmount),
            proposal.Summary,
            [.. proposal.BudgetLines.Select(l => new SeedCapitalBudgetLineDto(l.Item, l.Amount))],
            [.. proposal.Milestones.Select(m => new SeedCapitalMilestoneDto(m.Title, m.DueOn, m.Amount))],
            proposal.Status.ToString(),
            proposal.CreatedAt,
            proposal.SubmittedAt,
            proposal.DecidedAt,
            proposal.AwardedAmount is { } amount ? SeedCapitalMoneyDto.From(amount, call.Currency) : null,
            [.. evaluations.Select(e => new SeedCapitalEvaluationDto(e.EvaluatorUserId, e.ConflictOfInterest, e.Scores, e.EvaluatedAt, e.UpdatedAt, e.Comment))]);
}
