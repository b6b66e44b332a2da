using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.SeedCapital.Queries.ListCalls;
using Hub.Application.SeedCapital.Queries.GetCall;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Calls;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.ListEvaluatedCalls;

public sealed class ListEvaluatedCallsQueryHandler(IReadRepository<CallForProposals> calls, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<ListEvaluatedCallsQuery, IReadOnlyList<SeedCapitalCallSummaryDto>>
{
    public async ValueTask<IReadOnlyList<SeedCapitalCallSummaryDto>> Handle(ListEvaluatedCallsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return [.. (await calls.ListAsync(new CallsEvaluatedBySpec(), cancellationToken))
            .Where(currentUser.EvaluatesProposalsOf)
            .Select(call => call.ToSummary(now, isEvaluator: true))];
    }
}
