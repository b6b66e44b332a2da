namespace Hub.Domain.SeedCapital.Awards;

/// <summary>The ranking (ranked proposals only, ranks 1..n) and what was funded, in rank order.</summary>
public sealed record AwardOutcome(IReadOnlyList<RankedProposal> Ranking, IReadOnlyList<AwardedAmount> Awarded, decimal TotalAwarded, decimal Remaining);
