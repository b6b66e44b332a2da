namespace Hub.Domain.SeedCapital.Awards;

/// <summary>A proposal that made the ranking: its score (rounded to <see cref="AwardRule.ComparedDecimals"/> decimals) and how many evaluations counted.</summary>
public sealed record RankedProposal(Guid ProposalId, int Rank, decimal Score, int Evaluations);
