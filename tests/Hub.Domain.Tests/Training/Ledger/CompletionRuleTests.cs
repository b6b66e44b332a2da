using Hub.Domain.Common;
using Hub.Domain.Training.Ledger;

namespace Hub.Domain.Tests.Training.Ledger;

public sealed class CompletionRuleTests
{
    [Theory]
    [InlineData(95, 2, false)]  // 80 % of 120 minutes is 96
    [InlineData(96, 2, true)]
    [InlineData(97, 2, true)]
    [InlineData(0, 2, false)]
    [InlineData(1343, 28, false)] // 80 % of 28 h is 22.4 h = 1344 minutes
    [InlineData(1344, 28, true)]
    [InlineData(11519, 240, false)]
    [InlineData(11520, 240, true)]
    public void A_module_is_completed_at_80_percent_of_its_planned_hours(int attendedMinutes, int plannedHours, bool completed) =>
        Assert.Equal(completed, CompletionRule.Default.IsCompleted(attendedMinutes, plannedHours));

    [Theory]
    [InlineData(0.5, 59, false)]
    [InlineData(0.5, 60, true)]
    [InlineData(1, 119, false)]
    [InlineData(1, 120, true)]
    public void The_threshold_is_configurable(decimal threshold, int attendedMinutes, bool completed) =>
        Assert.Equal(completed, new CompletionRule(threshold).IsCompleted(attendedMinutes, 2));

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public void A_threshold_outside_0_to_1_is_refused(decimal threshold) =>
        Assert.Throws<InvalidValueException>(() => new CompletionRule(threshold));

    [Fact]
    public void Matches_a_brute_force_count_of_minutes_for_every_small_case()
    {
        foreach (var planned in Enumerable.Range(1, 12))
        {
            foreach (var percent in new[] { 1, 50, 79, 80, 81, 100 })
            {
                var rule = new CompletionRule(percent / 100m);
                // The least whole number of minutes m with m * 100 >= percent * planned * 60.
                var least = Enumerable.Range(0, (planned * 60) + 1).First(m => m * 100 >= percent * planned * 60);
                Assert.False(least > 0 && rule.IsCompleted(least - 1, planned), $"{least - 1} min of {planned} h at {percent} %");
                Assert.True(rule.IsCompleted(least, planned), $"{least} min of {planned} h at {percent} %");
            }
        }
    }
}
