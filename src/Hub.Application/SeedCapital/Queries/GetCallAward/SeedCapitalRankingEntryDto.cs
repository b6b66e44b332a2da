namespace Hub.Application.SeedCapital.Queries.GetCallAward;

/// <summary>A ranked proposal: its score (the mean weighted score, rounded to 9 decimals) and how many evaluations counted.</summary>
public sealed record SeedCapitalRankingEntryDto(Guid ProposalId, decimal Score, int Evaluations, int Rank);
