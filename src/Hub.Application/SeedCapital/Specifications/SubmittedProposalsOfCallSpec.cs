using Ardalis.Specification;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital.Specifications;

public sealed class SubmittedProposalsOfCallSpec : Specification<Proposal>
{
    public SubmittedProposalsOfCallSpec(CallId callId) =>
        Query.Where(p => p.CallId == callId && p.Status == ProposalStatus.Submitted).OrderBy(p => p.SubmittedAt).ThenBy(p => p.Id);
}
