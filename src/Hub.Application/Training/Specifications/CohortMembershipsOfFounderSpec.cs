using Ardalis.Specification;
using Hub.Domain.Training.Cohorts;

namespace Hub.Application.Training.Specifications;

/// <summary>Every cohort a founder was accepted into.</summary>
public sealed class CohortMembershipsOfFounderSpec : Specification<CohortMember>
{
    public CohortMembershipsOfFounderSpec(Guid founderUserId) =>
        Query.Where(m => m.FounderUserId == founderUserId).OrderBy(m => m.AcceptedAt);
}
