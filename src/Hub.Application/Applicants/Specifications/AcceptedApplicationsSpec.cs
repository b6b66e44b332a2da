using Ardalis.Specification;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Specifications;

/// <summary>Accepted applications, filtered by intake, founder and ids when given, in the order they were submitted.</summary>
public sealed class AcceptedApplicationsSpec : Specification<ProgrammeApplication>
{
    public AcceptedApplicationsSpec(Guid? intakeId, Guid? founderUserId, IReadOnlyList<Guid>? applicationIds)
    {
        Query.Where(a => a.Status == ApplicationStatus.Accepted);
        if (intakeId is { } intake)
        {
            var id = IntakeId.From(intake);
            Query.Where(a => a.IntakeId == id);
        }

        if (founderUserId is { } founder)
        {
            Query.Where(a => a.FounderUserId == founder);
        }

        if (applicationIds is not null)
        {
            var ids = applicationIds.Select(ProgrammeApplicationId.From).ToList();
            Query.Where(a => ids.Contains(a.Id));
        }

        Query.AsNoTracking().OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id);
    }
}
