namespace Hub.Domain.SeedCapital.Calls;

/// <summary>One ranked proposal as the award saw it, kept with the call so the result can be shown as it was.</summary>
public sealed record AwardRankingEntry(Guid ProposalId, int Rank, decimal Score, int Evaluations, decimal RequestedAmount, decimal? AwardedAmount);
