using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Common.Validation;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Calls;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.ListCalls;

public sealed class ListCallsQueryHandler(IReadRepository<CallForProposals> calls, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<ListCallsQuery, PagedList<SeedCapitalCallSummaryDto>>
{
    public async ValueTask<PagedList<SeedCapitalCallSummaryDto>> Handle(ListCallsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var kind = query.Kind is null ? (CallKind?)null : EnumNames.Parse<CallKind>(query.Kind, "kind");
        return (await calls.ListPageAsync(new CallsPageSpec(kind, query.Page, currentUser.EvaluatorId()), query.Page, cancellationToken)).Map(call => call.ToSummary(now));
    }
}
