using Hub.Application.Common.Persistence;
using Hub.Application.Common.Security;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.TrainingModules;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Queries.ListMySessions;

public sealed class ListMySessionsQueryHandler(
    IReadRepository<TrainingSession> sessions,
    IReadRepository<TrainingProgramme> programmes,
    IReadRepository<TrainingModule> modules,
    ICurrentUser currentUser) : IQueryHandler<ListMySessionsQuery, IReadOnlyList<TrainingMySessionDto>>
{
    public async ValueTask<IReadOnlyList<TrainingMySessionDto>> Handle(ListMySessionsQuery query, CancellationToken cancellationToken)
    {
        var founderId = currentUser.RequireId();
        var zone = TrainingTimeZones.Resolve(query.TimeZone);
        var enrolled = (await programmes.ListAsync(new ProgrammesOfFounderSpec(founderId), cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        if (enrolled.Count == 0)
        {
            return [];
        }

        var held = await sessions.ListAsync(new SessionsOfProgrammesSpec([.. enrolled.Keys]), cancellationToken);
        var curriculum = (await modules.ListAsync(new TrainingModulesPageSpec(), cancellationToken)).ToDictionary(m => m.Id);
        return [.. held.Select(s => new TrainingMySessionDto(
            s.Id.Value, s.ProgrammeId.Value, enrolled[s.ProgrammeId], s.ModuleId.Value, curriculum[s.ModuleId].Code, curriculum[s.ModuleId].Name,
            curriculum[s.ModuleId].NameMn, s.Title, s.StartsAt, TrainingTimeZones.ToLocal(s.StartsAt, zone), s.EndsAt, zone.Id, s.DurationMinutes,
            s.Mode.ToString(), s.Venue, s.Link, s.StatusOf(founderId)?.ToString()))];
    }
}
