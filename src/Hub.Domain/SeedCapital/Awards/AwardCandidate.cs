namespace Hub.Domain.SeedCapital.Awards;

/// <summary>A submitted proposal as the award rule sees it.</summary>
public sealed record AwardCandidate(Guid ProposalId, decimal RequestedAmount, DateTimeOffset SubmittedAt, IReadOnlyList<CandidateEvaluation> Evaluations, Guid FounderUserId = default);
