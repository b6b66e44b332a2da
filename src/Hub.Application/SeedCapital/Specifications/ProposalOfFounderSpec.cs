using Ardalis.Specification;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital.Specifications;

public sealed class ProposalOfFounderSpec : Specification<Proposal>
{
    public ProposalOfFounderSpec(CallId callId, Guid founderUserId) =>
        Query.Where(p => p.CallId == callId && p.FounderUserId == founderUserId);
}
