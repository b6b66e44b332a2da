using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Queries.AuthenticatePartnerKey;

/// <summary>Finds the active partner key with this secret; null when there is none.</summary>
[AllowAnonymousCallers]
public sealed record AuthenticatePartnerKeyQuery(string Key) : IQuery<AuthenticatedPartner?>;
