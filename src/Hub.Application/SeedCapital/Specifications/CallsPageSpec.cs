using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Application.SeedCapital.Specifications;

public sealed class CallsPageSpec : Specification<CallForProposals>
{
    public CallsPageSpec(CallKind? kind, PageRequest page)
    {
        if (kind is { } wanted)
        {
            Query.Where(c => c.Kind == wanted);
        }

        Query.OrderByDescending(c => c.ClosesAt).ThenByDescending(c => c.Id).Page(page).AsNoTracking();
    }
}
