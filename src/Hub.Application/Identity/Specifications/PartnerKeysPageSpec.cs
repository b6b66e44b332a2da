using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.Identity.PartnerKeys;

namespace Hub.Application.Identity.Specifications;

public sealed class PartnerKeysPageSpec : Specification<PartnerKey>
{
    public PartnerKeysPageSpec(PageRequest page) =>
        Query.OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).Page(page).AsNoTracking();
}
