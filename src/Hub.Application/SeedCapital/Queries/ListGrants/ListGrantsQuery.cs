using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.ListGrants;

/// <summary>Grants newest first, optionally of one call; a founder sees only their own.</summary>
[AllowRoles(Roles.Founder, Roles.Manager, Roles.Admin)]
[AllowScopes(PartnerScopes.CallsRead)]
public sealed record ListGrantsQuery(Guid? CallId, PageRequest Page) : IQuery<PagedList<SeedCapitalGrantSummaryDto>>;
