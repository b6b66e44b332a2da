using Ardalis.Specification;
using Hub.Domain.Mentoring.MatchingRuns;

namespace Hub.Application.Mentoring.Specifications;

public sealed class MatchingRunsOfIntakeSpec : Specification<MatchingRun>
{
    public MatchingRunsOfIntakeSpec(Guid intakeId) => Query.Where(r => r.IntakeId == intakeId).OrderByDescending(r => r.RequestedAt).AsNoTracking();
}
