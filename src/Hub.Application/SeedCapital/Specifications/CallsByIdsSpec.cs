using Ardalis.Specification;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Specifications;

public sealed class CallsByIdsSpec : Specification<CallForProposals>
{
    public CallsByIdsSpec(IReadOnlyList<CallId> ids) => Query.Where(c => ids.Contains(c.Id)).AsNoTracking();
}
