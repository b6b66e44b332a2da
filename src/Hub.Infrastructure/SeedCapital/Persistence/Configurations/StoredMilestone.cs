namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed record StoredMilestone(string Title, DateOnly DueOn, decimal Amount);
