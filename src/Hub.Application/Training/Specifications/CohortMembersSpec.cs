using Ardalis.Specification;
using Hub.Domain.Training.Cohorts;

namespace Hub.Application.Training.Specifications;

/// <summary>The members of an intake's cohort that Training knows of, optionally only one founder.</summary>
public sealed class CohortMembersSpec : Specification<CohortMember>
{
    public CohortMembersSpec(Guid intakeId, Guid? founderUserId = null) =>
        Query.Where(m => m.IntakeId == intakeId && (founderUserId == null || m.FounderUserId == founderUserId)).OrderBy(m => m.AcceptedAt);
}
