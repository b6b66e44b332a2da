namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed record StoredCriterion(string Name, decimal Weight);
