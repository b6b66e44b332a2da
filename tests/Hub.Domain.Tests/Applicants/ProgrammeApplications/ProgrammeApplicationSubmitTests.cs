using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Applicants.ProgrammeApplications.Events;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Applicants.ProgrammeApplications;

public sealed class ProgrammeApplicationSubmitTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;

    [Fact]
    public void Submit_of_a_draft_on_an_open_intake_submits_it()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Draft(intake);
        var at = Now.AddHours(1);

        application.Submit(intake, at);

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(at, application.SubmittedAt);
        Assert.Equal(at, application.UpdatedAt);
    }

    [Fact]
    public void Submit_raises_ApplicationSubmitted_with_the_application_intake_and_founder()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Draft(intake);
        var at = Now.AddHours(1);

        application.Submit(intake, at);

        var submitted = Assert.IsType<ApplicationSubmittedDomainEvent>(Assert.Single(application.DomainEvents));
        Assert.Equal(application.Id, submitted.ApplicationId);
        Assert.Equal(intake.Id, submitted.IntakeId);
        Assert.Equal(ApplicantsTestData.FounderUserId, submitted.FounderUserId);
        Assert.Equal("Green Darkhan greenhouses", submitted.VentureName);
        Assert.Equal(at, submitted.OccurredAt);
    }

    [Fact]
    public void Submit_just_before_closesAt_is_accepted()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Draft(intake);

        application.Submit(intake, intake.ClosesAt.AddTicks(-1));

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void Submit_at_closesAt_is_refused_with_intake_closed()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Draft(intake);

        var ex = Assert.Throws<BusinessRuleException>(() => application.Submit(intake, intake.ClosesAt));

        Assert.Equal("intake.closed", ex.Code);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void Submit_after_closesAt_is_refused_with_intake_closed_even_while_the_intake_is_still_recorded_Open()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Draft(intake);

        var ex = Assert.Throws<BusinessRuleException>(() => application.Submit(intake, intake.ClosesAt.AddMinutes(5)));

        Assert.Equal(IntakeStatus.Open, intake.Status);
        Assert.Equal("intake.closed", ex.Code);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Null(application.SubmittedAt);
        Assert.Empty(application.DomainEvents);
    }

    [Fact]
    public void Submit_before_the_intake_opens_is_refused_with_intake_not_open()
    {
        var intake = ApplicantsTestData.ScheduledIntake();
        var application = ApplicantsTestData.Draft(intake);

        var ex = Assert.Throws<BusinessRuleException>(() => application.Submit(intake, Now));

        Assert.Equal("intake.not-open", ex.Code);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }

    [Fact]
    public void Submit_twice_is_refused_with_application_not_draft()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Submitted(intake);

        var ex = Assert.Throws<StateConflictException>(() => application.Submit(intake, Now.AddHours(1)));

        Assert.Equal("application.not-draft", ex.Code);
        Assert.Empty(application.DomainEvents);
    }

    [Fact]
    public void Submit_of_a_withdrawn_application_is_refused_with_application_not_draft()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Withdrawn(intake);

        var ex = Assert.Throws<StateConflictException>(() => application.Submit(intake, Now));

        Assert.Equal("application.not-draft", ex.Code);
        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
    }

    [Fact]
    public void Submit_with_another_intake_throws_ArgumentException()
    {
        var application = ApplicantsTestData.Draft(ApplicantsTestData.OpenIntake());

        var ex = Assert.Throws<ArgumentException>(() => application.Submit(ApplicantsTestData.OpenIntake(), Now));

        Assert.Equal("intake", ex.ParamName);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
    }
}
