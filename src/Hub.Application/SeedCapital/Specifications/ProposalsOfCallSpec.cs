using Ardalis.Specification;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital.Specifications;

/// <summary>Every proposal of a call, drafts included, in order of submission, read only.</summary>
public sealed class ProposalsOfCallSpec : Specification<Proposal>
{
    public ProposalsOfCallSpec(CallId callId) =>
        Query.Where(p => p.CallId == callId).OrderBy(p => p.SubmittedAt).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id).AsNoTracking();
}
