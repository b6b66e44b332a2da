using Ardalis.Specification;
using Hub.Domain.DemoDay.Editions;

namespace Hub.Application.DemoDay.Specifications;

public sealed class PendingResultsSpec : Specification<DemoDayEdition>
{
    public PendingResultsSpec(DateTimeOffset closedBefore) =>
        Query.Where(d => (d.ResultsStatus == ResultsStatus.Queued || d.ResultsStatus == ResultsStatus.Running) && d.ClosedAt < closedBefore).AsNoTracking();
}
