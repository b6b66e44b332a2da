using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.Applicants.Intakes;

namespace Hub.Application.Applicants.Specifications;

public sealed class IntakesPageSpec : Specification<Intake>
{
    public IntakesPageSpec(PageRequest page) =>
        Query.OrderByDescending(i => i.ClosesAt).ThenByDescending(i => i.Id).Page(page).AsNoTracking();
}
