using Ardalis.Specification;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital.Specifications;

public sealed class ProposalsOfCallSpec : Specification<Proposal>
{
    public ProposalsOfCallSpec(CallId callId) =>
        Query.Where(p => p.CallId == callId);
}
