using Hub.Domain.Mentoring.Matching;

namespace Hub.Domain.Tests.Mentoring.Matching;

public sealed class WorkingHoursTests
{
    [Theory]
    [InlineData("Europe/Ljubljana", 2026, 1, 15, 1)] // UTC+1 in winter: 08–16 UTC against Ulaanbaatar's 01–09 UTC
    [InlineData("Europe/Ljubljana", 2026, 7, 15, 2)] // UTC+2 in summer
    [InlineData("Europe/Athens", 2026, 1, 15, 2)]
    [InlineData("Europe/Athens", 2026, 7, 15, 3)]
    [InlineData("Europe/Istanbul", 2026, 1, 15, 3)] // Turkey keeps UTC+3 all year
    [InlineData("Europe/Istanbul", 2026, 7, 15, 3)]
    [InlineData("Asia/Ulaanbaatar", 2026, 7, 15, 8)]
    public void The_overlap_with_Ulaanbaatar_follows_daylight_saving(string mentorZone, int year, int month, int day, double hours) =>
        Assert.Equal(hours, WorkingHours.OverlapHours("Asia/Ulaanbaatar", mentorZone, new DateOnly(year, month, day)));

    [Fact]
    public void The_overlap_changes_on_the_night_Slovenia_moves_its_clocks()
    {
        Assert.Equal(1, WorkingHours.OverlapHours("Asia/Ulaanbaatar", "Europe/Ljubljana", new DateOnly(2026, 3, 28)));
        Assert.Equal(2, WorkingHours.OverlapHours("Asia/Ulaanbaatar", "Europe/Ljubljana", new DateOnly(2026, 3, 30)));
    }

    [Fact]
    public void A_working_day_on_the_other_side_of_midnight_counts()
    {
        // Auckland's 09–17 (UTC+13 on this date) is 20:00–04:00 UTC of the day before: it meets Ulaanbaatar's 01–09 UTC.
        Assert.Equal(3, WorkingHours.OverlapHours("Asia/Ulaanbaatar", "Pacific/Auckland", new DateOnly(2026, 1, 15)));
    }
}
