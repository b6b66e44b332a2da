using Hub.Domain.Training.Ledger;
using Hub.Domain.Training.TrainingModules;

namespace Hub.Domain.Tests.Training.Ledger;

public sealed class LearningLedgerTests
{
    private static readonly TrainingModuleId Tourism = TrainingModuleId.New();
    private static readonly TrainingModuleId Agriculture = TrainingModuleId.New();
    private static readonly (TrainingModuleId, int)[] Curriculum = [(Tourism, 28), (Agriculture, 56)];

    [Fact]
    public void Adds_attended_minutes_per_module_and_in_total_with_mentoring()
    {
        var ledger = LearningLedger.Compute(
            Curriculum,
            [LedgerLine.Training(Tourism, 720), LedgerLine.Training(Tourism, 630), LedgerLine.Training(Agriculture, 90), LedgerLine.Mentoring(60, group: false)],
            CompletionRule.Default,
            GroupMentoringPlan.Default);

        var tourism = ledger.Modules.Single(m => m.ModuleId == Tourism);
        Assert.Equal(22.5m, tourism.AttendedHours);
        Assert.True(tourism.Completed);
        Assert.Equal(1350m / 1680m, tourism.Share);
        Assert.False(ledger.Modules.Single(m => m.ModuleId == Agriculture).Completed);
        Assert.Equal(24m, ledger.TrainingHours);
        Assert.Equal(1m, ledger.MentoringHours);
        Assert.Equal(25m, ledger.TotalHours);
    }

    [Fact]
    public void A_module_nobody_attended_shows_with_zero_hours()
    {
        var ledger = LearningLedger.Compute(Curriculum, [], CompletionRule.Default, GroupMentoringPlan.Default);

        Assert.Equal([0, 0], ledger.Modules.Select(m => m.AttendedMinutes));
        Assert.All(ledger.Modules, m => Assert.False(m.Completed));
        Assert.Equal(0m, ledger.TotalHours);
    }

    [Fact]
    public void Group_mentoring_fills_the_blocks_in_order_and_one_to_one_mentoring_does_not()
    {
        var ledger = LearningLedger.Compute(
            Curriculum,
            [LedgerLine.Mentoring(80 * 60, group: true), LedgerLine.Mentoring(30 * 60, group: true), LedgerLine.Mentoring(600, group: false)],
            CompletionRule.Default,
            GroupMentoringPlan.Default);

        Assert.Equal([80m, 30m, 0m], ledger.GroupMentoringBlocks.Select(b => b.AttendedHours));
        Assert.Equal([true, false, false], ledger.GroupMentoringBlocks.Select(b => b.Completed));
        Assert.Equal(120m, ledger.MentoringHours);
    }

    [Fact]
    public void Group_mentoring_beyond_the_plan_counts_in_the_hours_but_overfills_no_block()
    {
        var ledger = LearningLedger.Compute(Curriculum, [LedgerLine.Mentoring(250 * 60, group: true)], CompletionRule.Default, GroupMentoringPlan.Default);

        Assert.Equal([80m, 80m, 80m], ledger.GroupMentoringBlocks.Select(b => b.AttendedHours));
        Assert.Equal(250 * 60, ledger.GroupMentoringMinutes);
    }
}
