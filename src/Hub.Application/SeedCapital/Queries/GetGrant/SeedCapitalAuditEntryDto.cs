namespace Hub.Application.SeedCapital.Queries.GetGrant;

public sealed record SeedCapitalAuditEntryDto(DateTimeOffset At, Guid By, string Action, string Detail);
