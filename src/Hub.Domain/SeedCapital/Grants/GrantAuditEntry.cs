namespace Hub.Domain.SeedCapital.Grants;

/// <summary>One change of a grant: what, who and when.</summary>
public sealed record GrantAuditEntry(DateTimeOffset At, Guid By, string Action, string Detail);
