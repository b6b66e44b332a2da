using Hub.Application.Applicants.Specifications;
using Hub.Application.Common.Persistence;
using Hub.Domain.Applicants.ProgrammeApplications;
using Mediator;

namespace Hub.Application.Applicants.Contracts;

public sealed class ListAcceptedApplicationsQueryHandler(IReadRepository<ProgrammeApplication> applications)
    : IQueryHandler<ListAcceptedApplicationsQuery, IReadOnlyList<AcceptedApplicationDto>>
{
    public async ValueTask<IReadOnlyList<AcceptedApplicationDto>> Handle(ListAcceptedApplicationsQuery query, CancellationToken cancellationToken)
    {
        var accepted = await applications.ListAsync(new AcceptedApplicationsSpec(query.IntakeId, query.FounderUserId, query.ApplicationIds), cancellationToken);
        return [.. accepted.Select(a => new AcceptedApplicationDto(
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
