namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed record StoredRankingEntry(Guid ProposalId, int Rank, decimal Score, int Evaluations, decimal RequestedAmount, decimal? AwardedAmount);
