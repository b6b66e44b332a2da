using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Common.Validation;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;

namespace Hub.Application.Applicants.Queries.ListApplications;

public sealed class ListApplicationsQueryHandler(IReadRepository<ProgrammeApplication> applications, ICurrentUser currentUser)
    : IQueryHandler<ListApplicationsQuery, PagedList<ApplicantsApplicationSummaryDto>>
{
    public async ValueTask<PagedList<ApplicantsApplicationSummaryDto>> Handle(ListApplicationsQuery query, CancellationToken cancellationToken)
    {
        // Staff and readers see every application; a founder (the only other caller the query allows) only their own.
        Guid? onlyFounder = currentUser.CanReadAll() ? null : currentUser.RequireId();

        var intakeId = query.IntakeId is { } id ? IntakeId.From(id) : (IntakeId?)null;
        var status = query.Status is null ? (ApplicationStatus?)null : EnumNames.Parse<ApplicationStatus>(query.Status, "status");

        return await applications.ListPageAsync(new ApplicationsFilterSpec(intakeId, status, onlyFounder, query.Page), query.Page, cancellationToken);
    }
}
