namespace Hub.Domain.SeedCapital.Calls;

/// <summary>The stored result of a call's award: who ran it, when, and the ranking as it was.</summary>
public sealed record CallAward(Guid AwardedBy, DateTimeOffset AwardedAt, Money TotalAwarded, Money Remaining, IReadOnlyList<AwardRankingEntry> Ranking);
