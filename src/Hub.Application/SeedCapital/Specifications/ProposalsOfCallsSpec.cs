using Ardalis.Specification;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>Every proposal (drafts too) to any of these calls: counted per call for the managers' list of calls.</summary>
public sealed class ProposalsOfCallsSpec : Specification<Proposal>
{
    public ProposalsOfCallsSpec(IReadOnlyList<CallId> callIds) => Query.Where(p => callIds.Contains(p.CallId));
}
