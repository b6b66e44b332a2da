using Hub.Domain.DemoDay.Ranking;

namespace Hub.Application.DemoDay.Queries.GetResults;

/// <summary>The <c>?method=</c> names: <c>zscore</c> (the default), <c>raw</c>, <c>additive</c>.</summary>
public static class RankingMethodNames
{
    public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<RankingMethod>().Select(Of)];

    public static string Of(RankingMethod method) => method.ToString().ToLowerInvariant();

    public static RankingMethod? Parse(string? name) =>
        string.IsNullOrWhiteSpace(name) ? RankingMethod.ZScore
        : Enum.GetValues<RankingMethod>().Select(m => (RankingMethod?)m).FirstOrDefault(m => string.Equals(Of(m!.Value), name.Trim(), StringComparison.OrdinalIgnoreCase));
}
