using System.Linq.Expressions;
using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.DemoDay.Queries.ListDemoDays;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay.Specifications;

/// <summary>
/// Demo Days, latest first; all of them for staff, otherwise the published ones. Projected in the database: the
/// pitches and judges are counted there (<c>jsonb_array_length</c>), not read, and the page comes with its total.
/// </summary>
public sealed class DemoDaysPageSpec : Specification<DemoDayEdition, DemoDaySummaryRow>
{
    // Captures nothing, so it is built once: C# builds a lambda's expression tree anew each time it converts it.
    private static readonly Expression<Func<DemoDayEdition, DemoDaySummaryRow>> Row = d => new DemoDaySummaryRow(d.Id.Value, d.Name, d.HeldOn, d.Venue, d.Status, StoredList.Count(d.Pitches), StoredList.Count(d.Judges));

    public DemoDaysPageSpec(PageRequest page, bool all)
    {
        if (!all)
        {
            Query.Where(d => d.Status == DemoDayStatus.Published);
        }

        Query.OrderByDescending(d => d.HeldOn).ThenByDescending(d => d.Id).Page(page).AsNoTracking();
        Query.Select(Row);
    }
}
