using Hub.Domain.Training.TrainingModules;

namespace Hub.Domain.Training.Ledger;

/// <summary>A person's hours in one training module and whether that completes it.</summary>
public sealed record ModuleProgress(TrainingModuleId ModuleId, int PlannedHours, int AttendedMinutes, bool Completed)
{
    public decimal AttendedHours => AttendedMinutes / 60m;

    /// <summary>The share of the planned hours attended (may pass 1).</summary>
    public decimal Share => PlannedHours == 0 ? 0 : AttendedMinutes / (PlannedHours * 60m);
}
