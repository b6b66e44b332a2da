namespace Hub.Application.SeedCapital.Queries.GetCallStanding;

/// <summary>
/// One proposal of a call: how many evaluations count (<see cref="Scored"/>) and how many evaluators declared a
/// conflict; its rank and score when it is ranked; <see cref="Amount"/> when it is (or would be) funded;
/// <see cref="Comments"/>: what the evaluators wrote for the committee.
/// </summary>
public sealed record SeedCapitalStandingEntryDto(
    Guid ProposalId,
    string VentureName,
    string Status,
    SeedCapitalMoneyDto RequestedAmount,
    DateTimeOffset? SubmittedAt,
    int Scored,
    int Conflicts,
    int? Rank,
    decimal? Score,
    SeedCapitalMoneyDto? Amount,
    IReadOnlyList<SeedCapitalEvaluatorCommentDto> Comments);
