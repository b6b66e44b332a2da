using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Applicants.Intakes;

public sealed class IntakeSubmissionWindowTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private static readonly DateTimeOffset OpensAt = Now.AddDays(1);
    private static readonly DateTimeOffset ClosesAt = Now.AddDays(30);

    private static Intake ScheduledIntake() =>
        Intake.Schedule("Darkhan 2026 cohort", OpensAt, ClosesAt, 20, ApplicantsTestData.ManagerId, Now);

    [Fact]
    public void EnsureAcceptsSubmissions_before_opensAt_is_refused_with_intake_not_open()
    {
        var ex = Assert.Throws<BusinessRuleException>(() => ScheduledIntake().EnsureAcceptsSubmissions(OpensAt.AddTicks(-1)));

        Assert.Equal("intake.not-open", ex.Code);
    }

    [Fact]
    public void EnsureAcceptsSubmissions_at_opensAt_accepts()
    {
        var ex = Record.Exception(() => ScheduledIntake().EnsureAcceptsSubmissions(OpensAt));

        Assert.Null(ex);
    }

    [Fact]
    public void EnsureAcceptsSubmissions_just_before_closesAt_accepts()
    {
        var ex = Record.Exception(() => ScheduledIntake().EnsureAcceptsSubmissions(ClosesAt.AddTicks(-1)));

        Assert.Null(ex);
    }

    [Fact]
    public void EnsureAcceptsSubmissions_at_closesAt_is_refused_with_intake_closed()
    {
        var ex = Assert.Throws<BusinessRuleException>(() => ScheduledIntake().EnsureAcceptsSubmissions(ClosesAt));

        Assert.Equal("intake.closed", ex.Code);
    }

    [Fact]
    public void EnsureAcceptsSubmissions_after_closesAt_is_refused_even_if_nobody_advanced_the_intake()
    {
        var intake = ScheduledIntake();
        intake.Advance(OpensAt);

        var ex = Assert.Throws<BusinessRuleException>(() => intake.EnsureAcceptsSubmissions(ClosesAt.AddMinutes(1)));

        Assert.Equal("intake.closed", ex.Code);
        Assert.Equal(IntakeStatus.Open, intake.Status);
    }
}
