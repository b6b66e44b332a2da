using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.ListGrants;

public sealed class ListGrantsQueryHandler(IReadRepository<Grant> grants, ICurrentUser currentUser)
    : IQueryHandler<ListGrantsQuery, PagedList<SeedCapitalGrantSummaryDto>>
{
    public async ValueTask<PagedList<SeedCapitalGrantSummaryDto>> Handle(ListGrantsQuery query, CancellationToken cancellationToken)
    {
        Guid? onlyFounder = currentUser.CanReadAllGrants() ? null : currentUser.RequireId();
        var callId = query.CallId is { } id ? CallId.From(id) : (CallId?)null;
        return (await grants.ListPageAsync(new GrantsPageSpec(callId, onlyFounder, query.Page), query.Page, cancellationToken)).Map(SeedCapitalGrantSummaryDto.Of);
    }
}
