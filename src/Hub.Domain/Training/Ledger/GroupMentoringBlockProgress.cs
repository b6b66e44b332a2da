namespace Hub.Domain.Training.Ledger;

/// <summary>How far a person's group mentoring hours fill one block (1, 2, 3).</summary>
public sealed record GroupMentoringBlockProgress(int Number, int PlannedHours, int AttendedMinutes)
{
    public decimal AttendedHours => AttendedMinutes / 60m;

    public bool Completed => AttendedMinutes >= PlannedHours * 60;
}
