using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Privacy.Queries.GetErasure;
using Hub.Application.Privacy.Specifications;
using Hub.Domain.Privacy.Erasures;
using Mediator;

namespace Hub.Application.Privacy.Queries.ListErasures;

public sealed class ListErasuresQueryHandler(IReadRepository<Erasure> erasures) : IQueryHandler<ListErasuresQuery, PagedList<PrivacyErasureDto>>
{
    public async ValueTask<PagedList<PrivacyErasureDto>> Handle(ListErasuresQuery query, CancellationToken cancellationToken) =>
        await erasures.ListPageAsync(new ErasuresPageSpec(query.Page), query.Page, e => e.ToDto(), cancellationToken);
}
