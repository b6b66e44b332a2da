using Hub.Application.Common.Persistence;
using Hub.Application.SeedCapital.Specifications;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;
using Mediator;

namespace Hub.Application.SeedCapital.Queries.CountCallProposals;

public sealed class CountCallProposalsQueryHandler(IReadRepository<Proposal> proposals) : IQueryHandler<CountCallProposalsQuery, IReadOnlyDictionary<Guid, int>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, int>> Handle(CountCallProposalsQuery query, CancellationToken cancellationToken)
    {
        if (query.CallIds.Count == 0)
        {
            return new Dictionary<Guid, int>();
        }

        var counts = await proposals.CountByAsync(new ProposalsOfCallsSpec([.. query.CallIds.Select(CallId.From)]), p => p.CallId, cancellationToken);
        return counts.ToDictionary(c => c.Key.Value, c => c.Value);
    }
}
