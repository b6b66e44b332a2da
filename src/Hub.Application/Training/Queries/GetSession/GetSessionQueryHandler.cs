using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Training.Queries.ListSessions;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Queries.GetSession;

public sealed class GetSessionQueryHandler(
    IReadRepository<TrainingSession> sessions, IReadRepository<TrainingProgramme> programmes, ICurrentUser currentUser)
    : IQueryHandler<GetSessionQuery, TrainingSessionDto>
{
    public async ValueTask<TrainingSessionDto> Handle(GetSessionQuery query, CancellationToken cancellationToken)
    {
        var session = await sessions.GetByIdAsync(TrainingSessionId.From(query.Id), cancellationToken);
        var programme = session is not null && currentUser.IsFounder() ? await programmes.GetByIdAsync(session.ProgrammeId, cancellationToken) : null;
        return TrainingSessionDto.Of(currentUser.EnsureCanSee(session, programme, query.Id), TrainingTimeZones.Resolve(query.TimeZone));
    }
}
