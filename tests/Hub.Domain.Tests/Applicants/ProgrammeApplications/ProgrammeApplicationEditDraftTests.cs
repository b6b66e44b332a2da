using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Applicants.ProgrammeApplications;

public sealed class ProgrammeApplicationEditDraftTests
{
    private static readonly DateTimeOffset Later = TestClock.Now.AddHours(3);

    private static void Edit(ProgrammeApplication application, Sector sector = Sector.Technology, int teamSize = 3) =>
        application.EditDraft(
            "  Darkhan Dairy Data ",
            sector,
            " Sensors for small dairy farms. ",
            ApplicantsTestData.Founder("mn", "ru"),
            ApplicantsTestData.Team(teamSize),
            Later);

    [Fact]
    public void EditDraft_replaces_the_fields_trimmed_and_stamps_UpdatedAt()
    {
        var application = ApplicantsTestData.Draft(ApplicantsTestData.OpenIntake());

        Edit(application);

        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal("Darkhan Dairy Data", application.VentureName);
        Assert.Equal(Sector.Technology, application.Sector);
        Assert.Equal("Sensors for small dairy farms.", application.Description);
        Assert.Equal(["mn", "ru"], application.Founder.Languages.Select(l => l.Value));
        Assert.Equal(3, application.TeamMembers.Count);
        Assert.Equal(Later, application.UpdatedAt);
        Assert.Equal(TestClock.Now, application.CreatedAt);
    }

    [Fact]
    public void EditDraft_of_a_submitted_application_is_refused_with_application_not_draft()
    {
        var application = ApplicantsTestData.Submitted(ApplicantsTestData.OpenIntake());

        var ex = Assert.Throws<StateConflictException>(() => Edit(application));

        Assert.Equal("application.not-draft", ex.Code);
        Assert.Equal("Green Darkhan greenhouses", application.VentureName);
    }

    [Fact]
    public void EditDraft_of_a_withdrawn_application_is_refused_with_application_not_draft()
    {
        var application = ApplicantsTestData.Withdrawn(ApplicantsTestData.OpenIntake());

        var ex = Assert.Throws<StateConflictException>(() => Edit(application));

        Assert.Equal("application.not-draft", ex.Code);
    }

    [Fact]
    public void EditDraft_with_an_undefined_sector_is_refused_and_changes_nothing()
    {
        var application = ApplicantsTestData.Draft(ApplicantsTestData.OpenIntake());

        var ex = Assert.Throws<InvalidValueException>(() => Edit(application, sector: (Sector)(-1)));

        Assert.Equal("sector", ex.Field);
        Assert.Equal(Sector.Agriculture, application.Sector);
    }

    [Fact]
    public void EditDraft_with_more_than_twenty_team_members_is_refused_and_keeps_the_team()
    {
        var application = ApplicantsTestData.Draft(ApplicantsTestData.OpenIntake());

        var ex = Assert.Throws<InvalidValueException>(() => Edit(application, teamSize: 21));

        Assert.Equal("teamMembers", ex.Field);
        Assert.Single(application.TeamMembers);
    }
}
