using Hub.Application.Common.Paging;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Queries.ListPartnerKeys;

[AllowRoles(Roles.Admin)]
public sealed record ListPartnerKeysQuery(PageRequest Page) : IQuery<PagedList<IdentityPartnerKeyDto>>;
