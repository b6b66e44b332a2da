using System.Linq.Expressions;
using Ardalis.Specification;
using Hub.Application.Applicants.Queries.ListApplications;
using Hub.Application.Common.Paging;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Application.Applicants.Specifications;

/// <summary>One page of applications, newest first, projected to summaries in the database.</summary>
public sealed class ApplicationsFilterSpec : Specification<ProgrammeApplication, ApplicantsApplicationSummaryDto>
{
    // Captures nothing, so it is built once: C# builds a lambda's expression tree anew each time it converts it.
    private static readonly Expression<Func<ProgrammeApplication, ApplicantsApplicationSummaryDto>> Row = a => new ApplicantsApplicationSummaryDto(
        a.Id.Value, a.IntakeId.Value, a.FounderUserId, a.Founder.FullName, a.VentureName, a.Sector.ToString(), a.Status.ToString(), a.CreatedAt, a.SubmittedAt);

    public ApplicationsFilterSpec(IntakeId? intakeId, ApplicationStatus? status, Guid? founderUserId, PageRequest page)
    {
        if (intakeId is { } intake)
        {
            Query.Where(a => a.IntakeId == intake);
        }

        if (status is { } wanted)
        {
            Query.Where(a => a.Status == wanted);
        }

        if (founderUserId is { } founder)
        {
            Query.Where(a => a.FounderUserId == founder);
        }

        Query.AsNoTracking();
        Query.OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Page(page);

        Query.Select(Row);
    }
}
