namespace Hub.Domain.SeedCapital.Awards;

public sealed record AwardCriterion(string Name, decimal Weight);
