using Hub.Application.Common.Persistence;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.Certificates;
using Hub.Domain.Training.TrainingModules;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;

namespace Hub.Application.Training.Queries.GetFigures;

/// <summary>Computed from the whole register: a programme of this size (hundreds of people, a few hundred sessions) is read in one go.</summary>
public sealed class GetFiguresQueryHandler(
    IReadRepository<TrainingModule> modules,
    IReadRepository<TrainingProgramme> programmes,
    IReadRepository<TrainingSession> sessions,
    IReadRepository<Certificate> certificates,
    TimeProvider clock) : IQueryHandler<GetFiguresQuery, TrainingFiguresDto>
{
    public async ValueTask<TrainingFiguresDto> Handle(GetFiguresQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var curriculum = await modules.ListAsync(new TrainingModulesPageSpec(), cancellationToken);
        var allProgrammes = await programmes.ListAsync(cancellationToken);
        var allSessions = await sessions.ListAsync(cancellationToken);
        var allCertificates = await certificates.ListAsync(cancellationToken);
        var held = allSessions.Where(s => s.StartsAt <= now).ToList();

        static decimal Attended(IEnumerable<TrainingSession> list) =>
            decimal.Round(list.Sum(s => s.Attendance.Count(a => a.Status == AttendanceStatus.Present) * s.DurationMinutes) / 60m, 2);

        return new TrainingFiguresDto(
            curriculum.Count,
            curriculum.Sum(m => m.Topics.Count),
            curriculum.Sum(m => m.PlannedHours),
            allProgrammes.Count,
            allProgrammes.SelectMany(p => p.Participants).Select(p => p.FounderUserId).Distinct().Count(),
            held.Count,
            allSessions.Count - held.Count,
            Attended(held),
            allCertificates.Count,
            [.. curriculum.Select(m => new TrainingModuleFiguresDto(
                m.Id.Value, m.Code, held.Count(s => s.ModuleId == m.Id), Attended(held.Where(s => s.ModuleId == m.Id)), allCertificates.Count(c => c.ModuleId == m.Id)))]);
    }
}
