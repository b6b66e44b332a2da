namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed record StoredBudgetLine(string Item, decimal Amount);
