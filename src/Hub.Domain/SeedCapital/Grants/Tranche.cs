using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Grants;

/// <summary>A part of a grant, paid when its milestone is reported done and a manager approves.</summary>
public sealed class Tranche
{
    private Tranche()
    {
    }

    public const int MaxJobsCreated = 10_000;

    public int Number { get; private set; }

    public string Milestone { get; private set; } = string.Empty;

    public DateOnly? DueOn { get; private set; }

    public decimal Amount { get; private set; }

    public TrancheStatus Status { get; private set; }

    public string? Report { get; private set; }

    public DateTimeOffset? ReportedAt { get; private set; }

    /// <summary>Jobs the venture created since the grant or the previous milestone, as its founder reports them (headcount of people newly employed).</summary>
    public int? JobsCreated { get; private set; }

    public Disbursement? Disbursement { get; private set; }

    internal static Tranche Plan(int number, string milestone, DateOnly? dueOn, decimal amount) =>
        new() { Number = number, Milestone = milestone, DueOn = dueOn, Amount = amount, Status = TrancheStatus.Pending };

    internal void RecordReport(string report, int jobsCreated, DateTimeOffset now)
    {
        if (Status != TrancheStatus.Pending)
        {
            throw new StateConflictException("tranche.not-pending", $"Tranche {Number} is {Status}: its milestone was already reported.");
        }

        if (jobsCreated is < 0 or > MaxJobsCreated)
        {
            throw new BusinessRuleException("tranche.jobs-created", $"Jobs created must be between 0 and {MaxJobsCreated}.");
        }

        Report = Guard.Text(report, "report", 4000);
        JobsCreated = jobsCreated;
        ReportedAt = now;
        Status = TrancheStatus.Reported;
    }

    internal void Release(Disbursement disbursement)
    {
        if (Status != TrancheStatus.Reported)
        {
            throw new StateConflictException("tranche.not-reported", $"Tranche {Number} is {Status}: only a reported milestone can be approved.");
        }

        Disbursement = disbursement;
        Status = TrancheStatus.Released;
    }
}
