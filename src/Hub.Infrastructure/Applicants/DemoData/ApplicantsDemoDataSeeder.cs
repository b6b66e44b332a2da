using Bogus;
using Hub.Application.Common.Persistence;
using Hub.Application.Identity.Contracts;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Infrastructure.Common.DemoData;
using Mediator;

namespace Hub.Infrastructure.Applicants.DemoData;

/// <summary>
/// An open intake with 60 applications in every state, and the next intake scheduled; generated from a fixed seed
/// so every demo shows the same founders, ventures and decisions.
/// </summary>
internal sealed class ApplicantsDemoDataSeeder(
    IRepository<Intake> intakes,
    IRepository<ProgrammeApplication> applications,
    ISender sender,
    TimeProvider clock) : IDemoDataSeeder
{
    public const string OpenIntakeName = "EU-DIEH 2026 — Darkhan-Uul founders' cohort";
    public const int ApplicationCount = DemoAccounts.FounderCount;

    // How many applications end in each state, in the order they are generated.
    private static readonly (ApplicationStatus Status, int Count)[] Plan =
    [
        (ApplicationStatus.Draft, 10), (ApplicationStatus.Submitted, 15), (ApplicationStatus.Accepted, 12),
        (ApplicationStatus.Rejected, 8), (ApplicationStatus.Waitlisted, 8), (ApplicationStatus.Withdrawn, 7),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await intakes.AnyAsync(new IntakeNamedSpec(OpenIntakeName), cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        // The people come from Identity's demo seeder, which runs first; this module knows them by their accounts.
        var managerId = (await PersonAsync(DemoAccounts.ManagerEmail, cancellationToken)).Id;
        var intake = Intake.Schedule(OpenIntakeName, now.AddDays(-21), now.AddDays(30), 40, managerId, now.AddDays(-28));
        intake.Advance(now);
        await intakes.AddAsync(intake, cancellationToken);
        await intakes.AddAsync(Intake.Schedule("EU-DIEH 2027 — spring cohort", now.AddDays(90), now.AddDays(130), 40, managerId, now), cancellationToken);

        var faker = new Faker { Random = new Randomizer(2023) };
        var founders = DemoAccounts.Founders.GetEnumerator();
        foreach (var (status, count) in Plan)
        {
            for (var i = 0; i < count && founders.MoveNext(); i++)
            {
                var number = founders.Current.Number;
                await SeedApplicationAsync(faker, founders.Current, status, intake, managerId, now.AddHours(-(ApplicationCount - number + 1) * 7), cancellationToken);
            }
        }
    }

    private async Task<IdentityPersonDto> PersonAsync(string email, CancellationToken cancellationToken) =>
        await sender.Send(new FindPersonByEmailQuery(email), cancellationToken)
        ?? throw new InvalidOperationException($"The demo account {email} is missing: Identity's demo data must load first.");

    private async Task SeedApplicationAsync(Faker faker, DemoFounder demoFounder, ApplicationStatus status, Intake intake, Guid managerId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var number = demoFounder.Number;
        var gender = demoFounder.IsMale ? Gender.Male : faker.Random.WeightedRandom([Gender.Female, Gender.Other], [0.96f, 0.04f]);
        var fullName = demoFounder.FullName;
        var founderId = (await PersonAsync(demoFounder.Email, cancellationToken)).Id;

        var idea = DemoVentures.Ideas[(number - 1) % DemoVentures.Ideas.Length];
        var languages = faker.Random.Bool(0.7f) ? new[] { "mn", "en" } : faker.Random.Bool(0.5f) ? ["mn", "ru"] : ["mn"];
        var founder = FounderProfile.Create(
            fullName, gender, faker.Random.Int(1975, 2005), faker.PickRandom(MongolianNames.Soums),
            $"+976{faker.Random.Int(8800, 9999)}{faker.Random.Int(1000, 9999)}", languages, at);
        var team = Enumerable.Range(0, faker.Random.Int(0, 3))
            .Select(_ => TeamMember.Create($"{faker.PickRandom(MongolianNames.Patronymics)} {faker.PickRandom(MongolianNames.FemaleGivenNames.Concat(MongolianNames.MaleGivenNames).ToArray())}", faker.PickRandom(DemoVentures.TeamRoles)));

        var application = ProgrammeApplication.Draft(intake, founderId, number <= DemoVentures.Ideas.Length ? idea.Name : $"{idea.Name} {number}", idea.Sector, idea.Description, founder, team, at);
        if (status != ApplicationStatus.Draft)
        {
            application.Submit(intake, at.AddHours(1));
        }

        var decidedAt = at.AddHours(3);
        switch (status)
        {
            case ApplicationStatus.Accepted:
                application.Decide(intake, DecisionOutcome.Accept, "Strong local market and a committed team.", managerId, decidedAt);
                break;
            case ApplicationStatus.Rejected:
                application.Decide(intake, DecisionOutcome.Reject, "The idea is not yet specific enough; please re-apply next intake.", managerId, decidedAt);
                break;
            case ApplicationStatus.Waitlisted:
                application.Decide(intake, DecisionOutcome.Waitlist, "Promising; waiting for a seat to free up.", managerId, decidedAt);
                break;
            case ApplicationStatus.Withdrawn:
                application.Withdraw(intake, decidedAt);
                break;
        }

        await applications.AddAsync(application, cancellationToken);
    }
}
