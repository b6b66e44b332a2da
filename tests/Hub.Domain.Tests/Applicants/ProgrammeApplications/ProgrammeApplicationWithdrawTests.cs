using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Applicants.ProgrammeApplications.Events;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Applicants.ProgrammeApplications;

public sealed class ProgrammeApplicationWithdrawTests
{
    private static readonly DateTimeOffset WithdrawnAt = TestClock.Now.AddDays(2);

    [Fact]
    public void Withdraw_of_a_draft_withdraws_it_and_stamps_the_time()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Draft(intake);

        application.Withdraw(intake, WithdrawnAt);

        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Equal(WithdrawnAt, application.WithdrawnAt);
        Assert.Equal(WithdrawnAt, application.UpdatedAt);
        Assert.False(application.IsLive);
    }

    [Fact]
    public void Withdraw_of_a_submitted_application_is_allowed()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Submitted(intake);

        application.Withdraw(intake, WithdrawnAt);

        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
    }

    [Fact]
    public void Withdraw_of_a_waitlisted_application_is_allowed_and_frees_no_seat()
    {
        var intake = ApplicantsTestData.OpenIntake();
        intake.ReserveSeat();
        var application = ApplicantsTestData.Decided(intake, DecisionOutcome.Waitlist);

        application.Withdraw(intake, WithdrawnAt);

        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Equal(1, intake.AcceptedCount);
    }

    [Fact]
    public void Withdraw_of_an_accepted_application_gives_its_seat_back()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 1);
        var application = ApplicantsTestData.Decided(intake, DecisionOutcome.Accept);
        Assert.Equal(0, intake.SeatsLeft);

        application.Withdraw(intake, WithdrawnAt);

        Assert.Equal(ApplicationStatus.Withdrawn, application.Status);
        Assert.Equal(0, intake.AcceptedCount);
        Assert.Equal(1, intake.SeatsLeft);
    }

    [Theory]
    [InlineData(ApplicationStatus.Draft)]
    [InlineData(ApplicationStatus.Submitted)]
    [InlineData(ApplicationStatus.Waitlisted)]
    [InlineData(ApplicationStatus.Accepted)]
    public void Withdraw_raises_ApplicationWithdrawn_with_the_previous_status(ApplicationStatus previous)
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = previous switch
        {
            ApplicationStatus.Draft => ApplicantsTestData.Draft(intake),
            ApplicationStatus.Submitted => ApplicantsTestData.Submitted(intake),
            ApplicationStatus.Waitlisted => ApplicantsTestData.Decided(intake, DecisionOutcome.Waitlist),
            _ => ApplicantsTestData.Decided(intake, DecisionOutcome.Accept),
        };
        application.ClearDomainEvents();
        Assert.Equal(previous, application.Status);

        application.Withdraw(intake, WithdrawnAt);

        var withdrawn = Assert.IsType<ApplicationWithdrawnDomainEvent>(Assert.Single(application.DomainEvents));
        Assert.Equal(application.Id, withdrawn.ApplicationId);
        Assert.Equal(intake.Id, withdrawn.IntakeId);
        Assert.Equal(ApplicantsTestData.FounderUserId, withdrawn.FounderUserId);
        Assert.Equal(previous, withdrawn.PreviousStatus);
        Assert.Equal(WithdrawnAt, withdrawn.OccurredAt);
    }

    [Fact]
    public void Withdraw_of_a_rejected_application_is_refused_with_application_final()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Decided(intake, DecisionOutcome.Reject);

        var ex = Assert.Throws<StateConflictException>(() => application.Withdraw(intake, WithdrawnAt));

        Assert.Equal("application.final", ex.Code);
        Assert.Equal(ApplicationStatus.Rejected, application.Status);
        Assert.Null(application.WithdrawnAt);
        Assert.Empty(application.DomainEvents);
    }

    [Fact]
    public void Withdraw_twice_is_refused_with_application_final()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Withdrawn(intake);
        var firstWithdrawal = application.WithdrawnAt;

        var ex = Assert.Throws<StateConflictException>(() => application.Withdraw(intake, WithdrawnAt));

        Assert.Equal("application.final", ex.Code);
        Assert.Equal(firstWithdrawal, application.WithdrawnAt);
        Assert.Empty(application.DomainEvents);
    }

    [Fact]
    public void Withdraw_twice_after_acceptance_gives_the_seat_back_only_once()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 2);
        intake.ReserveSeat();
        var application = ApplicantsTestData.Decided(intake, DecisionOutcome.Accept);
        application.Withdraw(intake, WithdrawnAt);

        Assert.Throws<StateConflictException>(() => application.Withdraw(intake, WithdrawnAt));

        Assert.Equal(1, intake.AcceptedCount);
    }

    [Fact]
    public void Withdraw_with_another_intake_throws_ArgumentException_and_frees_no_seat_of_it()
    {
        var other = ApplicantsTestData.OpenIntake();
        other.ReserveSeat();
        var application = ApplicantsTestData.Decided(ApplicantsTestData.OpenIntake(), DecisionOutcome.Accept);

        var ex = Assert.Throws<ArgumentException>(() => application.Withdraw(other, WithdrawnAt));

        Assert.Equal("intake", ex.ParamName);
        Assert.Equal(1, other.AcceptedCount);
        Assert.Equal(ApplicationStatus.Accepted, application.Status);
    }
}
