using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay.Specifications;

/// <summary>Demo Days, latest first; all of them for staff, otherwise the published ones.</summary>
public sealed class DemoDaysPageSpec : Specification<DemoDayEdition>
{
    public DemoDaysPageSpec(PageRequest page, bool all)
    {
        if (!all)
        {
            Query.Where(d => d.Status == DemoDayStatus.Published);
        }

        Query.OrderByDescending(d => d.HeldOn).ThenByDescending(d => d.Id).Page(page).AsNoTracking();
    }
}
