using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.Privacy.Erasures;

namespace Hub.Application.Privacy.Specifications;

public sealed class ErasuresPageSpec : Specification<Erasure>
{
    public ErasuresPageSpec(PageRequest page) =>
        Query.OrderByDescending(e => e.RequestedAt).ThenByDescending(e => e.Id).Page(page).AsNoTracking();
}
