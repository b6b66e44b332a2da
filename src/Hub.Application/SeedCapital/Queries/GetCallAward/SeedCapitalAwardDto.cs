namespace Hub.Application.SeedCapital.Queries.GetCallAward;

/// <summary>A call's award as it was run: the ranking (ranked proposals only, ranks 1..n), the funded proposals in rank order, and the budget used and left.</summary>
public sealed record SeedCapitalAwardDto(
    Guid CallId,
    IReadOnlyList<SeedCapitalRankingEntryDto> Ranking,
    IReadOnlyList<SeedCapitalAwardedDto> Awarded,
    SeedCapitalMoneyDto TotalAwarded,
    SeedCapitalMoneyDto Remaining,
    Guid AwardedBy,
    DateTimeOffset AwardedAt);
