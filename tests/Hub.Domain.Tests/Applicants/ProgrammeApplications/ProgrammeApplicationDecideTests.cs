using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Applicants.ProgrammeApplications.Events;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Applicants.ProgrammeApplications;

public sealed class ProgrammeApplicationDecideTests
{
    private static readonly DateTimeOffset DecidedAt = TestClock.Now.AddDays(35);
    private static readonly Guid ManagerId = ApplicantsTestData.ManagerId;
    private const string Reason = "Strong team and a clear market in Darkhan.";

    private static void Decide(ProgrammeApplication application, Intake intake, DecisionOutcome outcome, string reason = Reason) =>
        application.Decide(intake, outcome, reason, ManagerId, DecidedAt);

    [Theory]
    [InlineData(DecisionOutcome.Accept, ApplicationStatus.Accepted)]
    [InlineData(DecisionOutcome.Reject, ApplicationStatus.Rejected)]
    [InlineData(DecisionOutcome.Waitlist, ApplicationStatus.Waitlisted)]
    public void Decide_on_a_submitted_application_moves_it_to_the_outcome(DecisionOutcome outcome, ApplicationStatus expected)
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Submitted(intake);

        Decide(application, intake, outcome);

        Assert.Equal(expected, application.Status);
        Assert.Equal(DecidedAt, application.UpdatedAt);
    }

    [Fact]
    public void Decide_records_outcome_trimmed_reason_decidedBy_and_decidedAt()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Submitted(intake);

        Decide(application, intake, DecisionOutcome.Reject, "  Not a fit for this cohort.  ");

        Assert.Equal(new Decision(DecisionOutcome.Reject, "Not a fit for this cohort.", ManagerId, DecidedAt), application.Decision);
    }

    [Fact]
    public void Decide_raises_ApplicationDecided_with_the_decision()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Submitted(intake);

        Decide(application, intake, DecisionOutcome.Accept);

        var decided = Assert.IsType<ApplicationDecidedDomainEvent>(Assert.Single(application.DomainEvents));
        Assert.Equal(application.Id, decided.ApplicationId);
        Assert.Equal(intake.Id, decided.IntakeId);
        Assert.Equal(ApplicantsTestData.FounderUserId, decided.FounderUserId);
        Assert.Equal("Green Darkhan greenhouses", decided.VentureName);
        Assert.Equal(new Decision(DecisionOutcome.Accept, Reason, ManagerId, DecidedAt), decided.Decision);
        Assert.Equal(DecidedAt, decided.OccurredAt);
    }

    [Fact]
    public void Decide_Accept_takes_a_seat_of_the_intake()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 5);
        var application = ApplicantsTestData.Submitted(intake);

        Decide(application, intake, DecisionOutcome.Accept);

        Assert.Equal(1, intake.AcceptedCount);
        Assert.Equal(4, intake.SeatsLeft);
    }

    [Theory]
    [InlineData(DecisionOutcome.Reject)]
    [InlineData(DecisionOutcome.Waitlist)]
    public void Decide_Reject_or_Waitlist_takes_no_seat(DecisionOutcome outcome)
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 5);
        var application = ApplicantsTestData.Submitted(intake);

        Decide(application, intake, outcome);

        Assert.Equal(0, intake.AcceptedCount);
    }

    [Fact]
    public void Decide_Accept_on_a_full_intake_is_refused_with_intake_full_and_leaves_the_application_unchanged()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 1);
        _ = ApplicantsTestData.Decided(intake, DecisionOutcome.Accept);
        var application = ApplicantsTestData.Submitted(intake);
        var updatedAt = application.UpdatedAt;

        var ex = Assert.Throws<BusinessRuleException>(() => Decide(application, intake, DecisionOutcome.Accept));

        Assert.Equal("intake.full", ex.Code);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Null(application.Decision);
        Assert.Equal(updatedAt, application.UpdatedAt);
        Assert.Empty(application.DomainEvents);
        Assert.Equal(1, intake.AcceptedCount);
    }

    [Fact]
    public void Decide_Waitlist_on_a_full_intake_is_allowed()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 1);
        _ = ApplicantsTestData.Decided(intake, DecisionOutcome.Accept);
        var application = ApplicantsTestData.Submitted(intake);

        Decide(application, intake, DecisionOutcome.Waitlist);

        Assert.Equal(ApplicationStatus.Waitlisted, application.Status);
    }

    [Theory]
    [InlineData(DecisionOutcome.Accept, ApplicationStatus.Accepted)]
    [InlineData(DecisionOutcome.Reject, ApplicationStatus.Rejected)]
    public void Decide_on_a_waitlisted_application_can_accept_or_reject_it(DecisionOutcome outcome, ApplicationStatus expected)
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Decided(intake, DecisionOutcome.Waitlist);

        Decide(application, intake, outcome);

        Assert.Equal(expected, application.Status);
        Assert.Equal(outcome, application.Decision?.Outcome);
    }

    [Fact]
    public void Decide_Accept_on_a_waitlisted_application_takes_a_seat()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Decided(intake, DecisionOutcome.Waitlist);

        Decide(application, intake, DecisionOutcome.Accept);

        Assert.Equal(1, intake.AcceptedCount);
    }

    [Fact]
    public void Decide_Waitlist_on_a_waitlisted_application_is_refused_with_application_not_decidable()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Decided(intake, DecisionOutcome.Waitlist);

        var ex = Assert.Throws<StateConflictException>(() => Decide(application, intake, DecisionOutcome.Waitlist));

        Assert.Equal("application.not-decidable", ex.Code);
        Assert.Equal(ApplicationStatus.Waitlisted, application.Status);
        Assert.Empty(application.DomainEvents);
    }

    [Fact]
    public void Decide_on_a_draft_is_refused_with_application_not_decidable()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Draft(intake);

        var ex = Assert.Throws<StateConflictException>(() => Decide(application, intake, DecisionOutcome.Accept));

        Assert.Equal("application.not-decidable", ex.Code);
        Assert.Equal(ApplicationStatus.Draft, application.Status);
        Assert.Equal(0, intake.AcceptedCount);
    }

    [Theory]
    [InlineData(DecisionOutcome.Accept)]
    [InlineData(DecisionOutcome.Reject)]
    public void Decide_on_an_accepted_application_is_refused_with_application_not_decidable(DecisionOutcome outcome)
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Decided(intake, DecisionOutcome.Accept);

        var ex = Assert.Throws<StateConflictException>(() => Decide(application, intake, outcome));

        Assert.Equal("application.not-decidable", ex.Code);
        Assert.Equal(ApplicationStatus.Accepted, application.Status);
        Assert.Equal(1, intake.AcceptedCount);
    }

    [Fact]
    public void Decide_on_a_rejected_application_is_refused_with_application_not_decidable()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Decided(intake, DecisionOutcome.Reject);

        var ex = Assert.Throws<StateConflictException>(() => Decide(application, intake, DecisionOutcome.Accept));

        Assert.Equal("application.not-decidable", ex.Code);
    }

    [Fact]
    public void Decide_on_a_withdrawn_application_is_refused_with_application_not_decidable()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Withdrawn(intake);

        var ex = Assert.Throws<StateConflictException>(() => Decide(application, intake, DecisionOutcome.Accept));

        Assert.Equal("application.not-decidable", ex.Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Decide_with_an_empty_reason_is_refused_on_reason(string reason)
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Submitted(intake);

        var ex = Assert.Throws<InvalidValueException>(() => Decide(application, intake, DecisionOutcome.Reject, reason));

        Assert.Equal("reason", ex.Field);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Null(application.Decision);
    }

    [Fact]
    public void Decide_with_a_reason_longer_than_2000_characters_is_refused_on_reason()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Submitted(intake);

        var ex = Assert.Throws<InvalidValueException>(() => Decide(application, intake, DecisionOutcome.Reject, new string('r', 2001)));

        Assert.Equal("reason", ex.Field);
    }

    [Fact]
    public void Decide_Accept_with_an_empty_reason_is_refused_without_taking_a_seat()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 1);
        var application = ApplicantsTestData.Submitted(intake);

        Assert.Throws<InvalidValueException>(() => Decide(application, intake, DecisionOutcome.Accept, " "));

        Assert.Equal(ApplicationStatus.Submitted, application.Status);
        Assert.Equal(0, intake.AcceptedCount);
    }

    [Fact]
    public void Decide_with_an_undefined_outcome_is_refused_on_decision()
    {
        var intake = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Submitted(intake);

        var ex = Assert.Throws<InvalidValueException>(() => Decide(application, intake, (DecisionOutcome)7));

        Assert.Equal("decision", ex.Field);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }

    [Fact]
    public void Decide_with_another_intake_throws_ArgumentException_and_takes_no_seat_of_it()
    {
        var other = ApplicantsTestData.OpenIntake();
        var application = ApplicantsTestData.Submitted(ApplicantsTestData.OpenIntake());

        var ex = Assert.Throws<ArgumentException>(() => Decide(application, other, DecisionOutcome.Accept));

        Assert.Equal("intake", ex.ParamName);
        Assert.Equal(0, other.AcceptedCount);
        Assert.Equal(ApplicationStatus.Submitted, application.Status);
    }
}
