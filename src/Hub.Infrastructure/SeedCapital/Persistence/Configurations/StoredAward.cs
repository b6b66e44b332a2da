namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed record StoredAward(Guid AwardedBy, DateTimeOffset AwardedAt, string Currency, decimal TotalAwarded, decimal Remaining, List<StoredRankingEntry> Ranking);
