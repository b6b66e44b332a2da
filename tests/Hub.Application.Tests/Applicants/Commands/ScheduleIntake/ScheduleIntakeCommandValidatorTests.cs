using Hub.Application.Applicants.Commands.ScheduleIntake;
using Hub.Application.Tests.TestDoubles;

namespace Hub.Application.Tests.Applicants.Commands.ScheduleIntake;

public sealed class ScheduleIntakeCommandValidatorTests
{
    private static readonly DateTimeOffset Now = FixedClock.DefaultNow;

    private readonly ScheduleIntakeCommandValidator _validator = new(new FixedClock(Now));

    private static readonly ScheduleIntakeCommand Valid = new("Autumn cohort", Now.AddDays(7), Now.AddDays(37), 25);

    [Fact]
    public void Intake_in_the_future_with_seats_is_valid()
    {
        var result = _validator.Validate(Valid);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public void Closing_before_opening_is_refused()
    {
        var result = _validator.Validate(Valid with { ClosesAt = Valid.OpensAt.AddDays(-1) });

        var error = Assert.Single(result.Errors);
        Assert.Equal("ClosesAt", error.PropertyName);
        Assert.Equal("'closesAt' must be later than 'opensAt'.", error.ErrorMessage);
    }

    [Fact]
    public void Closing_in_the_past_is_refused()
    {
        var result = _validator.Validate(Valid with { OpensAt = Now.AddDays(-30), ClosesAt = Now.AddMinutes(-1) });

        var error = Assert.Single(result.Errors);
        Assert.Equal("ClosesAt", error.PropertyName);
        Assert.Equal("'closesAt' must be in the future.", error.ErrorMessage);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void Capacity_out_of_range_is_refused(int capacity)
    {
        var result = _validator.Validate(Valid with { Capacity = capacity });

        Assert.Equal(["Capacity"], result.Errors.Select(e => e.PropertyName));
    }

    [Fact]
    public void Blank_name_is_refused()
    {
        var result = _validator.Validate(Valid with { Name = " " });

        Assert.Equal(["Name"], result.Errors.Select(e => e.PropertyName));
    }
}
