namespace Hub.Api.SeedCapital;

/// <summary>
/// A proposal on the founder's accepted application. In a pilot competition that allows it, a team without one leaves
/// out applicationId and names itself in teamName. Budget lines and milestones, when given, add up to the requested amount.
/// </summary>
public sealed record DraftProposalRequest(
    Guid? ApplicationId,
    string? TeamName,
    SeedCapitalMoneyRequest? RequestedAmount,
    string Summary,
    IReadOnlyList<ProposalBudgetLineRequest>? BudgetLines,
    IReadOnlyList<ProposalMilestoneRequest>? Milestones);
