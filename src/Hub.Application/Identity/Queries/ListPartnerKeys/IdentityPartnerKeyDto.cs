namespace Hub.Application.Identity.Queries.ListPartnerKeys;

public sealed record IdentityPartnerKeyDto(Guid Id, string Name, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
