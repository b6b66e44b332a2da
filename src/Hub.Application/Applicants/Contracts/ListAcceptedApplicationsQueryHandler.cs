using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;

namespace Hub.Application.Applicants.Contracts;

public sealed class ListAcceptedApplicationsQueryHandler(IReadRepository<ProgrammeApplication> applications)
    : IQueryHandler<ListAcceptedApplicationsQuery, IReadOnlyList<ApplicantsAcceptedApplicationDto>>
{
    public async ValueTask<IReadOnlyList<ApplicantsAcceptedApplicationDto>> Handle(ListAcceptedApplicationsQuery query, CancellationToken cancellationToken)
    {
        var accepted = await applications.ListAsync(new AcceptedApplicationsSpec(query.IntakeId, query.FounderUserId, query.ApplicationIds), cancellationToken);
        return [.. accepted.Select(a => new ApplicantsAcceptedApplicationDto(
            a.Id.Value,
            a.IntakeId.Value,
            a.FounderUserId,
            a.Founder.FullName,
            a.Founder.Gender.ToString(),
            a.VentureName,
            a.Sector.ToString(),
            [.. a.Founder.Languages.Select(l => l.Value)],
            a.Decision!.DecidedAt))];
    }
}
