using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.GetGrant;

[AllowRoles(Roles.Founder, Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.CallsRead)]
public sealed record GetGrantQuery(Guid Id) : IQuery<SeedCapitalGrantDto>;
