using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;

namespace Hub.Domain.Tests.Applicants;

/// <summary>Valid intakes, founders and applications, so each test spells out only what it is about.</summary>
internal static class ApplicantsTestData
{
    public static readonly DateTimeOffset Now = TestClock.Now;

    public static readonly Guid ManagerId = new("0197a000-0000-7000-8000-000000000001");

    public static readonly Guid FounderUserId = new("0197a000-0000-7000-8000-000000000002");

    /// <summary>Opened a day ago, closes in 30 days.</summary>
    public static Intake OpenIntake(int capacity = 20) =>
        Intake.Schedule("Darkhan 2026 spring cohort", Now.AddDays(-1), Now.AddDays(30), capacity, ManagerId, Now);

    /// <summary>Opens in 7 days, closes in 37 days.</summary>
    public static Intake ScheduledIntake(int capacity = 20) =>
        Intake.Schedule("Darkhan 2026 autumn cohort", Now.AddDays(7), Now.AddDays(37), capacity, ManagerId, Now);

    public static FounderProfile Founder(params string[] languages) =>
        FounderProfile.Create(
            "Батбаярын Энхжаргал",
            Gender.Female,
            1995,
            "Дархан",
            "+976 9911 2233",
            languages.Length == 0 ? ["mn", "en"] : languages,
            Now);

    public static IReadOnlyList<TeamMember> Team(int size = 1) =>
        [.. Enumerable.Range(1, size).Select(i => TeamMember.Create($"Team member {i}", "Co-founder"))];

    public static ProgrammeApplication Draft(Intake intake) =>
        ProgrammeApplication.Draft(
            intake,
            FounderUserId,
            "Green Darkhan greenhouses",
            Sector.Agriculture,
            "Year-round vegetables for Darkhan from solar-heated greenhouses.",
            Founder(),
            Team(),
            Now);

    public static ProgrammeApplication Submitted(Intake intake)
    {
        var application = Draft(intake);
        application.Submit(intake, Now);
        application.ClearDomainEvents();
        return application;
    }

    public static ProgrammeApplication Decided(Intake intake, DecisionOutcome outcome)
    {
        var application = Submitted(intake);
        application.Decide(intake, outcome, "Decided by the selection committee.", ManagerId, Now);
        application.ClearDomainEvents();
        return application;
    }

    public static ProgrammeApplication Withdrawn(Intake intake)
    {
        var application = Draft(intake);
        application.Withdraw(intake, Now);
        application.ClearDomainEvents();
        return application;
    }
}
