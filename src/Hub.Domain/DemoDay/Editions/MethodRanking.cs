using Hub.Domain.DemoDay.Ranking;

namespace Hub.Domain.DemoDay.Editions;

/// <summary>The stored results of one ranking method.</summary>
public sealed record MethodRanking(RankingMethod Method, IReadOnlyList<RankedPitch> Pitches);
