using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.Intakes.Events;
using Hub.Domain.Common;

namespace Hub.Domain.Tests.Applicants.Intakes;

public sealed class IntakeScheduleTests
{
    private static readonly DateTimeOffset Now = TestClock.Now;
    private static readonly Guid ManagerId = ApplicantsTestData.ManagerId;

    private static Intake Schedule(
        string name = "Darkhan 2026 cohort",
        DateTimeOffset? opensAt = null,
        DateTimeOffset? closesAt = null,
        int capacity = 20) =>
        Intake.Schedule(name, opensAt ?? Now.AddDays(1), closesAt ?? Now.AddDays(30), capacity, ManagerId, Now);

    [Fact]
    public void Schedule_with_closesAt_equal_to_opensAt_is_refused_on_closesAt()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Schedule(opensAt: Now.AddDays(5), closesAt: Now.AddDays(5)));

        Assert.Equal("closesAt", ex.Field);
        Assert.Equal("value.invalid", ex.Code);
    }

    [Fact]
    public void Schedule_with_closesAt_before_opensAt_is_refused_on_closesAt()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Schedule(opensAt: Now.AddDays(5), closesAt: Now.AddDays(4)));

        Assert.Equal("closesAt", ex.Field);
    }

    [Fact]
    public void Schedule_with_closesAt_in_the_past_is_refused_on_closesAt()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Schedule(opensAt: Now.AddDays(-30), closesAt: Now.AddMinutes(-1)));

        Assert.Equal("closesAt", ex.Field);
    }

    [Fact]
    public void Schedule_with_closesAt_from_2100_on_is_refused_on_closesAt()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Schedule(closesAt: Intake.LatestMoment));

        Assert.Equal("closesAt", ex.Field);
        Assert.Equal(Intake.LatestMoment.AddTicks(-1), Schedule(closesAt: Intake.LatestMoment.AddTicks(-1)).ClosesAt);
    }

    [Fact]
    public void Schedule_with_a_NUL_in_the_name_is_refused_on_name()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Schedule(name: "Darkhan\0cohort"));

        Assert.Equal("name", ex.Field);
    }

    [Fact]
    public void Schedule_with_closesAt_exactly_now_is_refused_on_closesAt()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Schedule(opensAt: Now.AddDays(-30), closesAt: Now));

        Assert.Equal("closesAt", ex.Field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(Intake.MaxCapacity + 1)]
    public void Schedule_with_capacity_out_of_bounds_is_refused_on_capacity(int capacity)
    {
        var ex = Assert.Throws<InvalidValueException>(() => Schedule(capacity: capacity));

        Assert.Equal("capacity", ex.Field);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(Intake.MaxCapacity)]
    public void Schedule_accepts_capacity_at_the_bounds(int capacity)
    {
        var intake = Schedule(capacity: capacity);

        Assert.Equal(capacity, intake.Capacity);
        Assert.Equal(capacity, intake.SeatsLeft);
        Assert.Equal(0, intake.AcceptedCount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Schedule_with_empty_name_is_refused_on_name(string name)
    {
        var ex = Assert.Throws<InvalidValueException>(() => Schedule(name: name));

        Assert.Equal("name", ex.Field);
    }

    [Fact]
    public void Schedule_with_name_longer_than_200_characters_is_refused_on_name()
    {
        var ex = Assert.Throws<InvalidValueException>(() => Schedule(name: new string('a', 201)));

        Assert.Equal("name", ex.Field);
    }

    [Fact]
    public void Schedule_keeps_a_trimmed_Mongolian_name_of_200_characters()
    {
        var name = "Дархан-Уул " + new string('ө', 189);

        var intake = Schedule(name: "  " + name + "  ");

        Assert.Equal(name, intake.Name);
    }

    [Fact]
    public void Schedule_before_opensAt_creates_a_scheduled_intake_without_events()
    {
        var intake = Schedule(opensAt: Now.AddDays(1), closesAt: Now.AddDays(30));

        Assert.Equal(IntakeStatus.Scheduled, intake.Status);
        Assert.Empty(intake.DomainEvents);
    }

    [Fact]
    public void Schedule_at_opensAt_creates_an_open_intake_and_raises_IntakeOpened()
    {
        var closesAt = Now.AddDays(30);

        var intake = Schedule(opensAt: Now, closesAt: closesAt);

        Assert.Equal(IntakeStatus.Open, intake.Status);
        var opened = Assert.IsType<IntakeOpenedDomainEvent>(Assert.Single(intake.DomainEvents));
        Assert.Equal(intake.Id, opened.IntakeId);
        Assert.Equal(intake.Name, opened.Name);
        Assert.Equal(closesAt, opened.ClosesAt);
        Assert.Equal(Now, opened.OccurredAt);
    }

    [Fact]
    public void Schedule_with_opensAt_in_the_past_creates_an_open_intake()
    {
        var intake = Schedule(opensAt: Now.AddDays(-3), closesAt: Now.AddDays(30));

        Assert.Equal(IntakeStatus.Open, intake.Status);
    }

    [Fact]
    public void Schedule_records_the_window_in_utc_and_who_created_it_when()
    {
        var ulaanbaatar = TimeSpan.FromHours(8);
        var opensAt = new DateTimeOffset(2026, 6, 10, 9, 0, 0, ulaanbaatar);
        var closesAt = new DateTimeOffset(2026, 7, 10, 18, 0, 0, ulaanbaatar);

        var intake = Schedule(opensAt: opensAt, closesAt: closesAt);

        Assert.Equal(TimeSpan.Zero, intake.OpensAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 1, 0, 0, TimeSpan.Zero), intake.OpensAt);
        Assert.Equal(TimeSpan.Zero, intake.ClosesAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 7, 10, 10, 0, 0, TimeSpan.Zero), intake.ClosesAt);
        Assert.Equal(ManagerId, intake.CreatedBy);
        Assert.Equal(Now, intake.CreatedAt);
    }

    [Fact]
    public void Schedule_gives_each_intake_its_own_id()
    {
        Assert.NotEqual(Schedule().Id, Schedule().Id);
    }
}
