using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Proposals;

namespace Hub.Application.SeedCapital.Specifications;

public sealed class ProposalsOfCallPageSpec : Specification<Proposal>
{
    public ProposalsOfCallPageSpec(CallId callId, Guid? founderUserId, bool submittedOnly, PageRequest page)
    {
        Query.Where(p => p.CallId == callId);
        if (founderUserId is { } founder)
        {
            Query.Where(p => p.FounderUserId == founder);
        }

        if (submittedOnly)
        {
            Query.Where(p => p.Status != ProposalStatus.Draft);
        }

        Query.OrderBy(p => p.SubmittedAt).ThenBy(p => p.CreatedAt).ThenBy(p => p.Id).Page(page).AsNoTracking();
    }
}
