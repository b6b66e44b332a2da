using Ardalis.Specification;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Specifications;

public sealed class LiveApplicationOfFounderSpec : Specification<ProgrammeApplication>
{
    public LiveApplicationOfFounderSpec(IntakeId intakeId, Guid founderUserId) =>
        Query.Where(a => a.IntakeId == intakeId && a.FounderUserId == founderUserId && a.Status != ApplicationStatus.Withdrawn);
}
