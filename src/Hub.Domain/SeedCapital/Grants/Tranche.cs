using Hub.Domain.Common;

namespace Hub.Domain.SeedCapital.Grants;

/// <summary>A part of a grant, paid when its milestone is reported done and a manager approves.</summary>
public sealed class Tranche
{
    private Tranche()
    {
    }

    public int Number { get; private set; }

    public string Milestone { get; private set; } = string.Empty;

    public DateOnly? DueOn { get; private set; }

    public decimal Amount { get; private set; }

    public TrancheStatus Status { get; private set; }

    public string? Report { get; private set; }

    public DateTimeOffset? ReportedAt { get; private set; }

    public Disbursement? Disbursement { get; private set; }

    internal static Tranche Plan(int number, string milestone, DateOnly? dueOn, decimal amount) =>
        new() { Number = number, Milestone = milestone, DueOn = dueOn, Amount = amount, Status = TrancheStatus.Pending };

    internal void RecordReport(string report, DateTimeOffset now)
    {
        if (Status != TrancheStatus.Pending)
        {
            throw new StateConflictException("tranche.not-pending", $"Tranche {Number} is {Status}: its milestone was already reported.");
        }

        Report = Guard.Text(report, "report", 4000);
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
