namespace Hub.Application.SeedCapital.Queries.GetProposal;

/// <summary>
/// A proposal with everything that was posted. <see cref="Evaluations"/>: all of them for managers, an evaluator's own
/// for an evaluator, none for the founder.
/// </summary>
public sealed record SeedCapitalProposalDto(
    Guid Id,
    Guid CallId,
    Guid? ApplicationId,
    Guid FounderUserId,
    string VentureName,
    SeedCapitalMoneyDto RequestedAmount,
    string Summary,
    IReadOnlyList<SeedCapitalBudgetLineDto> BudgetLines,
    IReadOnlyList<SeedCapitalMilestoneDto> Milestones,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? DecidedAt,
    SeedCapitalMoneyDto? AwardedAmount,
    IReadOnlyList<SeedCapitalEvaluationDto> Evaluations);
