using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.SeedCapital.Calls;
using Hub.Domain.SeedCapital.Grants;

namespace Hub.Application.SeedCapital.Specifications;

public sealed class GrantsPageSpec : Specification<Grant>
{
    public GrantsPageSpec(CallId? callId, Guid? founderUserId, PageRequest page)
    {
        if (callId is { } call)
        {
            Query.Where(g => g.CallId == call);
        }

        if (founderUserId is { } founder)
        {
            Query.Where(g => g.FounderUserId == founder);
        }

        Query.OrderByDescending(g => g.AwardedAt).ThenByDescending(g => g.Id).Page(page).AsNoTracking();
    }
}
