using Hub.Domain.Common;

namespace Hub.Domain.Tests.Applicants.Intakes;

public sealed class IntakeSeatTests
{
    [Fact]
    public void ReserveSeat_takes_one_seat()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 3);

        intake.ReserveSeat();

        Assert.Equal(1, intake.AcceptedCount);
        Assert.Equal(2, intake.SeatsLeft);
    }

    [Fact]
    public void ReserveSeat_can_take_the_last_seat()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 2);
        intake.ReserveSeat();

        intake.ReserveSeat();

        Assert.Equal(2, intake.AcceptedCount);
        Assert.Equal(0, intake.SeatsLeft);
    }

    [Fact]
    public void ReserveSeat_when_capacity_is_reached_is_refused_with_intake_full()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 1);
        intake.ReserveSeat();

        var ex = Assert.Throws<BusinessRuleException>(intake.ReserveSeat);

        Assert.Equal("intake.full", ex.Code);
        Assert.Equal(1, intake.AcceptedCount);
    }

    [Fact]
    public void ReleaseSeat_gives_a_seat_back()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 1);
        intake.ReserveSeat();

        intake.ReleaseSeat();

        Assert.Equal(0, intake.AcceptedCount);
        Assert.Equal(1, intake.SeatsLeft);
    }

    [Fact]
    public void ReleaseSeat_with_no_seat_taken_stays_at_zero()
    {
        var intake = ApplicantsTestData.OpenIntake(capacity: 1);

        intake.ReleaseSeat();

        Assert.Equal(0, intake.AcceptedCount);
        Assert.Equal(1, intake.SeatsLeft);
    }
}
