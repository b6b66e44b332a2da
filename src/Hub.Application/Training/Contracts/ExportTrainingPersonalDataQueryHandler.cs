using Hub.Application.Common.Persistence;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.Certificates;
using Hub.Domain.Training.Cohorts;
using Hub.Domain.Training.TrainingModules;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Training.Contracts;

public sealed class ExportTrainingPersonalDataQueryHandler(
    IReadRepository<CohortMember> members,
    IReadRepository<TrainingProgramme> programmes,
    IReadRepository<TrainingSession> sessions,
    IReadRepository<Certificate> certificates,
    IReadRepository<TrainingModule> modules,
    LearningLedgers ledgers,
    IOptions<TrainingOptions> options) : IQueryHandler<ExportTrainingPersonalDataQuery, TrainingPersonalDataDto>
{
    public async ValueTask<TrainingPersonalDataDto> Handle(ExportTrainingPersonalDataQuery query, CancellationToken cancellationToken)
    {
        var person = query.UserId;
        var curriculum = await modules.ListAsync(new TrainingModulesPageSpec(), cancellationToken);
        var ledger = await ledgers.ForAsync(person, curriculum, options.Value.CompletionRule, cancellationToken);
        return new TrainingPersonalDataDto(
            [.. (await members.ListAsync(new CohortMembershipsOfFounderSpec(person), cancellationToken))
                .Select(m => new TrainingPersonalCohortDto(m.IntakeId, m.ApplicationId, m.FullName, m.AcceptedAt))],
            [.. (await programmes.ListAsync(new ProgrammesOfFounderSpec(person), cancellationToken))
                .SelectMany(p => p.Participants.Where(x => x.FounderUserId == person)
                    .Select(x => new TrainingPersonalEnrolmentDto(p.Id.Value, p.Name, x.FullName, x.EnrolledAt)))],
            [.. (await sessions.ListAsync(new SessionsAttendedByFounderSpec(person), cancellationToken))
                .SelectMany(s => s.Attendance.Where(a => a.FounderUserId == person)
                    .Select(a => new TrainingPersonalAttendanceDto(s.Id.Value, s.Title, s.StartsAt, s.DurationMinutes, a.Status.ToString(), a.RecordedAt)))],
            decimal.Round(ledger.TrainingHours, 2),
            decimal.Round(ledger.MentoringHours, 2),
            [.. (await certificates.ListAsync(new CertificatesOfFounderSpec(person), cancellationToken))
                .Select(c => new TrainingPersonalCertificateDto(c.Code, c.HolderName, c.ModuleName, c.Hours, c.IssuedAt))]);
    }
}
