using Hub.Domain.Training.TrainingModules;

namespace Hub.Domain.Training.Ledger;

/// <summary>
/// One place where a person's learning hours add up: attended training per module (and whether each is completed),
/// mentoring hours, and group mentoring hours filling the planned blocks in order.
/// </summary>
public sealed record LearningLedger(
    IReadOnlyList<ModuleProgress> Modules, int MentoringMinutes, int GroupMentoringMinutes, IReadOnlyList<GroupMentoringBlockProgress> GroupMentoringBlocks)
{
    public int TrainingMinutes => Modules.Sum(m => m.AttendedMinutes);

    public decimal TrainingHours => TrainingMinutes / 60m;

    public decimal MentoringHours => MentoringMinutes / 60m;

    public decimal TotalHours => (TrainingMinutes + MentoringMinutes) / 60m;

    /// <param name="modules">Every module of the curriculum with its planned hours, in the order to show them.</param>
    /// <param name="lines">What the person attended; lines of a module not listed are left out.</param>
    public static LearningLedger Compute(
        IEnumerable<(TrainingModuleId Id, int PlannedHours)> modules, IEnumerable<LedgerLine> lines, CompletionRule rule, GroupMentoringPlan plan)
    {
        var all = lines.ToList();
        var byModule = all.Where(l => l.ModuleId is not null).GroupBy(l => l.ModuleId!.Value).ToDictionary(g => g.Key, g => g.Sum(l => l.Minutes));
        var progress = modules
            .Select(m => (m.Id, m.PlannedHours, Minutes: byModule.GetValueOrDefault(m.Id)))
            .Select(m => new ModuleProgress(m.Id, m.PlannedHours, m.Minutes, rule.IsCompleted(m.Minutes, m.PlannedHours)))
            .ToList();

        var group = all.Where(l => l.IsMentoring && l.GroupMentoring).Sum(l => l.Minutes);
        var left = group;
        var blocks = new List<GroupMentoringBlockProgress>();
        for (var number = 1; number <= plan.Blocks; number++)
        {
            var inBlock = Math.Min(left, plan.HoursPerBlock * 60);
            blocks.Add(new GroupMentoringBlockProgress(number, plan.HoursPerBlock, inBlock));
            left -= inBlock;
        }

        return new LearningLedger(progress, all.Where(l => l.IsMentoring).Sum(l => l.Minutes), group, blocks);
    }
}
