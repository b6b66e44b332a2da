using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Applicants.ProgrammeApplications;

public sealed class ProgrammeApplicationDraftTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    private static ProgrammeApplication Draft(
        Intake intake,
        string ventureName = "Green Darkhan greenhouses",
        Sector sector = Sector.Agriculture,
        string description = "Year-round vegetables.",
        IEnumerable<TeamMember>? team = null,
        DateTimeOffset? now = null) =>
        ProgrammeApplication.Draft(
            intake,
            ApplicantsTestData.FounderUserId,
            ventureName,
            sector,
            description,
            ApplicantsTestData.Founder(),
            team ?? ApplicantsTestData.Team(),
            now ?? Now);

    [Fact]
    public void Draft_on_an_open_intake_creates_a_draft_with_every_field()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var founder = ApplicantsTestData.Founder();
        var team = ApplicantsTestData.Team(2);

        var application = ProgrammeApplication.Draft(
            intake, ApplicantsTestData.FounderUserId, "Green Darkhan", Sector.Tourism, "Ger camps.", founder, team, Now);

        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal(intake.Id, application.IntakeId);
        Assert.Equal(ApplicantsTestData.FounderUserId, application.FounderUserId);
        Assert.Equal("Green Darkhan", application.VentureName);
        Assert.Equal(Sector.Tourism, application.Sector);
        Assert.Equal("Ger camps.", application.Description);
        Assert.Same(founder, application.Founder);
        Assert.Equal(team, application.TeamMembers);
        Assert.Null(application.Decision);
        Assert.Null(application.SubmittedAt);
        Assert.Null(application.WithdrawnAt);
        Assert.Equal(Now, application.CreatedAt);
        Assert.Equal(Now, application.UpdatedAt);
        Assert.True(application.IsLive);
        Assert.Empty(application.DomainEvents);
    }

    [Fact]
    public void Draft_on_a_scheduled_intake_is_allowed()
    {
        var application = Draft(ApplicantsTestData.ScheduledIntake());

        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void Draft_at_closesAt_is_refused_with_intake_closed()
    {
        var intake = ApplicantsTestData.OpenIntake();

        var ex = Assert.Throws<BusinessRuleException>(() => Draft(intake, now: intake.ClosesAt));

        Assert.Equal("intake.closed", ex.Code);
    }

    [Fact]
    public void Draft_on_an_intake_recorded_as_closed_is_refused_with_intake_closed()
    {
        var intake = ApplicantsTestData.OpenIntake();
        intake.Advance(intake.ClosesAt);

        var ex = Assert.Throws<BusinessRuleException>(() => Draft(intake, now: intake.ClosesAt.AddDays(1)));

        Assert.Equal("intake.closed", ex.Code);
    }

    [Fact]
    public void Draft_trims_venture_name_and_description()
    {
        var application = Draft(
            ApplicantsTestData.OpenIntake(), ventureName: "  Ногоон Дархан \t", description: "\n Жилийн турш хүнсний ногоо.  ");

        Assert.Equal("Ногоон Дархан", application.VentureName);
        Assert.Equal("Жилийн турш хүнсний ногоо.", application.Description);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Draft_with_empty_venture_name_is_refused_on_ventureName(string ventureName)
    {
        var ex = Assert.Throws<InvalidValueException>(() => Draft(ApplicantsTestData.OpenIntake(), ventureName: ventureName));

        Assert.Equal("ventureName", ex.Field);
    }

    [Fact]
    public void Draft_with_venture_name_longer_than_200_characters_is_refused_on_ventureName()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Draft(ApplicantsTestData.OpenIntake(), ventureName: new string('v', 201)));

        Assert.Equal("ventureName", ex.Field);
    }

    [Fact]
    public void Draft_with_empty_description_is_refused_on_description()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Draft(ApplicantsTestData.OpenIntake(), description: " "));

        Assert.Equal("description", ex.Field);
    }

    [Fact]
    public void Draft_with_description_longer_than_4000_characters_is_refused_on_description()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Draft(ApplicantsTestData.OpenIntake(), description: new string('d', 4001)));

        Assert.Equal("description", ex.Field);
    }

    [Fact]
    public void Draft_with_an_undefined_sector_is_refused_on_sector()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Draft(ApplicantsTestData.OpenIntake(), sector: (Sector)42));

        Assert.Equal("sector", ex.Field);
    }

    [Fact]
    public void Draft_with_twenty_team_members_is_allowed()
    {
        var application = Draft(ApplicantsTestData.OpenIntake(), team: ApplicantsTestData.Team(ProgrammeApplication.MaxTeamMembers));

        Assert.Equal(20, application.TeamMembers.Count);
    }

    [Fact]
    public void Draft_with_more_than_twenty_team_members_is_refused_on_teamMembers()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Draft(ApplicantsTestData.OpenIntake(), team: ApplicantsTestData.Team(21)));

        Assert.Equal("teamMembers", ex.Field);
    }

    [Fact]
    public void Draft_without_team_members_is_allowed()
    {
        var application = Draft(ApplicantsTestData.OpenIntake(), team: []);

        Assert.Empty(application.TeamMembers);
    }
}
