using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Specifications;
using Hub.Domain.Identity.PartnerKeys;
using Mediator;

namespace Hub.Application.Identity.Queries.ListPartnerKeys;

public sealed class ListPartnerKeysQueryHandler(IReadRepository<PartnerKey> keys)
    : IQueryHandler<ListPartnerKeysQuery, PagedList<IdentityPartnerKeyDto>>
{
    public async ValueTask<PagedList<IdentityPartnerKeyDto>> Handle(ListPartnerKeysQuery query, CancellationToken cancellationToken)
    {
        var total = await keys.CountAsync(cancellationToken);
        var page = await keys.ListAsync(new PartnerKeysPageSpec(query.Page), cancellationToken);
        var items = page.Select(k => new IdentityPartnerKeyDto(k.Id.Value, k.Name, k.Prefix, k.Scopes, k.CreatedAt, k.RevokedAt)).ToList();
        return new PagedList<IdentityPartnerKeyDto>(items, query.Page.Page, query.Page.PageSize, total);
    }
}
