using Ardalis.Specification;
using Hub.Domain.SeedCapital.Calls;

namespace Hub.Infrastructure.SeedCapital.DemoData;

internal sealed class CallTitledSpec : Specification<CallForProposals>
{
    public CallTitledSpec(string title) => Query.Where(c => c.Title == title);
}
