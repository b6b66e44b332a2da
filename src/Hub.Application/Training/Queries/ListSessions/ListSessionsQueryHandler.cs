using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Queries.ListSessions;

public sealed class ListSessionsQueryHandler(
    IReadRepository<TrainingSession> sessions, IReadRepository<TrainingProgramme> programmes, ICurrentUser currentUser)
    : IQueryHandler<ListSessionsQuery, PagedList<TrainingSessionDto>>
{
    public async ValueTask<PagedList<TrainingSessionDto>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        var zone = TrainingTimeZones.Resolve(query.TimeZone);
        var filter = new SessionsFilter(query.ProgrammeId, query.From, query.To);
        if (!currentUser.ReadsAllTraining())
        {
            filter = currentUser.IsTrainer()
                ? filter with { OnlyTrainer = currentUser.RequireId() }
                : filter with { OnlyProgrammes = await programmes.ListAsync(new ProgrammeIdsOfFounderSpec(currentUser.RequireId()), cancellationToken) };
        }

        return (await sessions.ListPageAsync(new SessionsPageSpec(filter, query.Page), query.Page, cancellationToken)).Map(s => TrainingSessionDto.Of(s, zone));
    }
}
