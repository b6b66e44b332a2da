namespace Hub.Domain.Training.Ledger;

/// <summary>The group mentoring inside the training: blocks of planned hours, filled in order by group mentoring sessions.</summary>
public sealed record GroupMentoringPlan(int Blocks, int HoursPerBlock)
{
    /// <summary>The programme's plan: 3 rounds of 80 hours.</summary>
    public static GroupMentoringPlan Default { get; } = new(3, 80);
}
