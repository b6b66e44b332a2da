using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Contracts;
using Hub.Application.Training.Specifications;
using Hub.Domain.Training.TrainingModules;
using Hub.Domain.Training.TrainingProgrammes;
using Hub.Domain.Training.TrainingSessions;
using Hub.Infrastructure.Common.DemoData;
using Mediator;
using CurriculumModule = Hub.Domain.Training.TrainingModules.TrainingModule;

namespace Hub.Infrastructure.Training.DemoData;

/// <summary>
/// The hub's real curriculum, and a programme for the demo intake's accepted founders: past sessions whose
/// attendance the demo trainers took (so some founders have hours, and completing sustainable tourism earns
/// certificates through the usual completion check) and upcoming ones, one within a day (its reminders go out).
/// </summary>
internal sealed class TrainingDemoDataSeeder(
    IRepository<CurriculumModule> modules,
    IRepository<TrainingProgramme> programmes,
    IRepository<TrainingSession> sessions,
    ISender sender,
    TimeProvider clock) : IDemoDataSeeder
{
    public const string ProgrammeName = "EU-DIEH 2026 — training programme 1";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (!await modules.AnyAsync(cancellationToken))
        {
            var curriculum = CurriculumFile.Load();
            // Defined a moment apart, so the curriculum lists in its own order.
            await modules.AddRangeAsync(
                curriculum.Modules.Select((m, i) => CurriculumModule.Define(
                    m.Code, m.Name, m.NameMn, m.PlannedHours, m.Topics.Select(t => new TopicDefinition(t.Title, t.TitleMn, t.Hours)), now.AddMilliseconds(i))),
                cancellationToken);
        }

        if (await programmes.AnyAsync(new ProgrammeNamedSpec(ProgrammeName), cancellationToken))
        {
            return;
        }

        var cohort = (await sender.Send(new ListAcceptedApplicationsQuery(), cancellationToken))
            .GroupBy(a => a.IntakeId).OrderByDescending(g => g.Count()).FirstOrDefault()?.ToList();
        if (cohort is null)
        {
            return;
        }

        var manager = await PersonAsync(DemoAccounts.ManagerEmail, cancellationToken);
        var trainers = new List<Guid>();
        foreach (var staff in DemoAccounts.Staff.Where(s => s.Role == Hub.Domain.Common.Roles.Trainer))
        {
            trainers.Add((await PersonAsync(staff.Email, cancellationToken)).Id);
        }

        var programme = TrainingProgramme.Create(ProgrammeName, cohort[0].IntakeId, manager.Id, now.AddDays(-14));
        foreach (var founder in cohort.OrderBy(a => a.AcceptedAt))
        {
            programme.Enrol(founder.FounderUserId, founder.ApplicationId, founder.FounderFullName, now.AddDays(-14));
        }

        await programmes.AddAsync(programme, cancellationToken);
        var curriculumModules = (await modules.ListAsync(new TrainingModulesPageSpec(), cancellationToken)).ToDictionary(m => m.Code);
        await SeedSessionsAsync(programme, curriculumModules, trainers, manager.Id, now, cancellationToken);
    }

    private async Task SeedSessionsAsync(
        TrainingProgramme programme, Dictionary<string, CurriculumModule> curriculum, List<Guid> trainers, Guid managerId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var day = now.Date;
        var at = (int days, int hourUtc) => new DateTimeOffset(day.AddDays(days).AddHours(hourUtc), TimeSpan.Zero);
        (string Module, string Title, DateTimeOffset StartsAt, int Minutes, SessionMode Mode, int Trainer)[] plan =
        [
            ("SU", "What is a start-up? Opening day", at(-10, 1), 240, SessionMode.InPerson, 0),
            ("AG", "Smart agriculture: sensors and cold chains", at(-8, 2), 180, SessionMode.Webinar, 1),
            ("TR", "Sustainable tourism, day 1: the Darkhan visitor", at(-6, 0), 720, SessionMode.InPerson, 2),
            ("TR", "Sustainable tourism, day 2: eco-camps and guides", at(-5, 0), 720, SessionMode.InPerson, 2),
            ("SE", "Social entrepreneurship: measuring impact", now.AddHours(20), 180, SessionMode.InPerson, 0),
            ("BP", "Business plans: the one-page plan", at(3, 2), 240, SessionMode.Webinar, 1),
            ("SU", "Customer discovery interviews", at(7, 1), 240, SessionMode.InPerson, 0),
        ];

        var participants = programme.Participants.ToList();
        for (var i = 0; i < plan.Length; i++)
        {
            var (code, title, startsAt, minutes, mode, trainer) = plan[i];
            var session = TrainingSession.Schedule(
                programme, curriculum[code], title, startsAt, minutes, mode,
                mode == SessionMode.InPerson ? "EU-DIEH hub, SAB MULS campus, Darkhan" : null,
                mode == SessionMode.Webinar ? "https://meet.eu-dieh.example.org/training" : null,
                trainers[trainer % trainers.Count], managerId, now.AddDays(-14));
            if (startsAt < now)
            {
                var takenBy = trainers[trainer % trainers.Count];
                session.RecordAttendance(programme, [.. participants.Select((p, n) => new AttendanceMark(p.FounderUserId, Status(n, i)))], takenBy, startsAt.AddMinutes(minutes));
                if (participants.Count > 2)
                {
                    // A late correction, to show in the audit trail: the third participant came after all.
                    session.RecordAttendance(programme, [new AttendanceMark(participants[2].FounderUserId, AttendanceStatus.Present)], managerId, startsAt.AddDays(1));
                }
            }

            await sessions.AddAsync(session, cancellationToken);
        }
    }

    // Most attend; a few miss a session, with or without an excuse.
    private static AttendanceStatus Status(int participant, int session) =>
        (participant + session) % 7 == 3 ? AttendanceStatus.Absent
        : (participant + session) % 11 == 5 ? AttendanceStatus.Excused
        : AttendanceStatus.Present;

    private async Task<IdentityPersonDto> PersonAsync(string email, CancellationToken cancellationToken) =>
        await sender.Send(new FindPersonByEmailQuery(email), cancellationToken)
        ?? throw new InvalidOperationException($"The demo account {email} is missing: Identity's demo data must load first.");
}
