namespace Hub.Infrastructure.SeedCapital.Persistence.Configurations;

internal sealed record StoredAuditEntry(DateTimeOffset At, Guid By, string Action, string Detail);
