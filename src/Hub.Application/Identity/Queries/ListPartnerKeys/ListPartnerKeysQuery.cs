using Hub.Application.Common.Paging;
using Mediator;

namespace Hub.Application.Identity.Queries.ListPartnerKeys;

public sealed record ListPartnerKeysQuery(PageRequest Page) : IQuery<PagedList<IdentityPartnerKeyDto>>;
