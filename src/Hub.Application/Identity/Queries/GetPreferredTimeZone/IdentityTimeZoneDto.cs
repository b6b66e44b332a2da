namespace Hub.Application.Identity.Queries.GetPreferredTimeZone;

public sealed record IdentityTimeZoneDto(string? TimeZone);
