using Ardalis.Specification;
using Hub.Domain.Mentoring.MatchingRuns;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MatchingRunByIdSpec : SingleResultSpecification<MatchingRun>
{
    public MatchingRunByIdSpec(MatchingRunId id, bool tracked = false)
    {
        Query.Where(r => r.Id == id);
        if (!tracked)
        {
            Query.AsNoTracking();
        }
    }
}
