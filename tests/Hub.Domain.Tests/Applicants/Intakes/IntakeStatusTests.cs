using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.Intakes.Events;

namespace Hub.Domain.Tests.Applicants.Intakes;

public sealed class IntakeStatusTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private static readonly DateTimeOffset OpensAt = Now.AddDays(1);
    private static readonly DateTimeOffset ClosesAt = Now.AddDays(30);

    private static Intake ScheduledIntake() =>
        Intake.Schedule("Darkhan 2026 cohort", OpensAt, ClosesAt, 20, ApplicantsTestData.ManagerId, Now);

    [Fact]
    public void StatusAt_just_before_opensAt_is_Scheduled()
    {
        Assert.Equal(IntakeStatus.Scheduled, ScheduledIntake().StatusAt(OpensAt.AddTicks(-1)));
    }

    [Fact]
    public void StatusAt_opensAt_is_Open()
    {
        Assert.Equal(IntakeStatus.Open, ScheduledIntake().StatusAt(OpensAt));
    }

    [Fact]
    public void StatusAt_just_before_closesAt_is_Open()
    {
        Assert.Equal(IntakeStatus.Open, ScheduledIntake().StatusAt(ClosesAt.AddTicks(-1)));
    }

    [Fact]
    public void StatusAt_closesAt_is_Closed_because_closesAt_is_exclusive()
    {
        Assert.Equal(IntakeStatus.Closed, ScheduledIntake().StatusAt(ClosesAt));
    }

    [Fact]
    public void StatusAt_after_closesAt_is_Closed()
    {
        Assert.Equal(IntakeStatus.Closed, ScheduledIntake().StatusAt(ClosesAt.AddDays(1)));
    }

    [Fact]
    public void StatusAt_does_not_change_the_recorded_status()
    {
        var intake = ScheduledIntake();

        _ = intake.StatusAt(ClosesAt);

        Assert.Equal(IntakeStatus.Scheduled, intake.Status);
        Assert.Empty(intake.DomainEvents);
    }

    [Fact]
    public void StatusAt_of_a_recorded_Closed_intake_stays_Closed_at_any_moment()
    {
        var intake = ScheduledIntake();
        intake.Advance(ClosesAt);

        Assert.Equal(IntakeStatus.Closed, intake.StatusAt(OpensAt));
    }

    [Fact]
    public void Advance_at_opensAt_opens_the_intake_and_raises_IntakeOpened()
    {
        var intake = ScheduledIntake();

        var changed = intake.Advance(OpensAt);

        Assert.True(changed);
        Assert.Equal(IntakeStatus.Open, intake.Status);
        var opened = Assert.IsType<IntakeOpenedDomainEvent>(Assert.Single(intake.DomainEvents));
        Assert.Equal(intake.Id, opened.IntakeId);
        Assert.Equal("Darkhan 2026 cohort", opened.Name);
        Assert.Equal(ClosesAt, opened.ClosesAt);
        Assert.Equal(OpensAt, opened.OccurredAt);
    }

    [Fact]
    public void Advance_at_closesAt_closes_an_open_intake_and_raises_only_IntakeClosed()
    {
        var intake = ScheduledIntake();
        intake.Advance(OpensAt);
        intake.ClearDomainEvents();

        var changed = intake.Advance(ClosesAt);

        Assert.True(changed);
        Assert.Equal(IntakeStatus.Closed, intake.Status);
        var closed = Assert.IsType<IntakeClosedDomainEvent>(Assert.Single(intake.DomainEvents));
        Assert.Equal(intake.Id, closed.IntakeId);
        Assert.Equal("Darkhan 2026 cohort", closed.Name);
        Assert.Equal(ClosesAt, closed.OccurredAt);
    }

    [Fact]
    public void Advance_from_Scheduled_past_closesAt_raises_IntakeOpened_then_IntakeClosed()
    {
        var intake = ScheduledIntake();
        var later = ClosesAt.AddHours(2);

        var changed = intake.Advance(later);

        Assert.True(changed);
        Assert.Equal(IntakeStatus.Closed, intake.Status);
        Assert.Collection(
            intake.DomainEvents,
            e => Assert.Equal(later, Assert.IsType<IntakeOpenedDomainEvent>(e).OccurredAt),
            e => Assert.Equal(later, Assert.IsType<IntakeClosedDomainEvent>(e).OccurredAt));
    }

    [Fact]
    public void Advance_before_opensAt_returns_false_and_raises_nothing()
    {
        var intake = ScheduledIntake();

        var changed = intake.Advance(OpensAt.AddTicks(-1));

        Assert.False(changed);
        Assert.Equal(IntakeStatus.Scheduled, intake.Status);
        Assert.Empty(intake.DomainEvents);
    }

    [Fact]
    public void Advance_twice_at_the_same_moment_returns_false_the_second_time()
    {
        var intake = ScheduledIntake();
        intake.Advance(OpensAt);
        intake.ClearDomainEvents();

        var changed = intake.Advance(OpensAt.AddHours(1));

        Assert.False(changed);
        Assert.Equal(IntakeStatus.Open, intake.Status);
        Assert.Empty(intake.DomainEvents);
    }

    [Fact]
    public void Advance_of_a_closed_intake_returns_false_and_raises_nothing()
    {
        var intake = ScheduledIntake();
        intake.Advance(ClosesAt);
        intake.ClearDomainEvents();

        var changed = intake.Advance(ClosesAt.AddDays(1));

        Assert.False(changed);
        Assert.Equal(IntakeStatus.Closed, intake.Status);
        Assert.Empty(intake.DomainEvents);
    }

    [Fact]
    public void Advance_of_an_open_intake_to_a_moment_before_opensAt_returns_false_and_keeps_it_Open()
    {
        // A clock that steps back (another server, a late job) must not report a change that did not happen.
        var intake = ScheduledIntake();
        intake.Advance(OpensAt);
        intake.ClearDomainEvents();

        var changed = intake.Advance(OpensAt.AddMinutes(-1));

        Assert.False(changed);
        Assert.Equal(IntakeStatus.Open, intake.Status);
        Assert.Empty(intake.DomainEvents);
    }
}
