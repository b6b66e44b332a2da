namespace Hub.Application.Identity.Queries.AuthenticatePartnerKey;

public sealed record AuthenticatedPartner(Guid KeyId, string Name, IReadOnlyList<string> Scopes);
