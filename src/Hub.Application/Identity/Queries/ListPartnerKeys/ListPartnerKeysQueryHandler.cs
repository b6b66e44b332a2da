using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Specifications;
using Hub.Domain.Identity.PartnerKeys;
using Mediator;

namespace Hub.Application.Identity.Queries.ListPartnerKeys;

public sealed class ListPartnerKeysQueryHandler(IReadRepository<PartnerKey> keys)
    : IQueryHandler<ListPartnerKeysQuery, PagedList<IdentityPartnerKeyDto>>
{
    public async ValueTask<PagedList<IdentityPartnerKeyDto>> Handle(ListPartnerKeysQuery query, CancellationToken cancellationToken) =>
        await keys.ListPageAsync(
            new PartnerKeysPageSpec(query.Page),
            query.Page,
            k => new IdentityPartnerKeyDto(k.Id.Value, k.Name, k.Prefix, k.Scopes, k.CreatedAt, k.RevokedAt),
            cancellationToken);
}
