namespace Hub.Domain.Training.TrainingSessions;

/// <summary>The audit trail of a change to an attendance already recorded: who changed it, when, from what to what.</summary>
public sealed class AttendanceCorrection
{
    private AttendanceCorrection()
    {
    }

    public Guid Id { get; private set; }

    public Guid FounderUserId { get; private set; }

    public AttendanceStatus OldStatus { get; private set; }

    public AttendanceStatus NewStatus { get; private set; }

    public Guid CorrectedBy { get; private set; }

    public DateTimeOffset CorrectedAt { get; private set; }

    internal static AttendanceCorrection Create(Guid founderUserId, AttendanceStatus oldStatus, AttendanceStatus newStatus, Guid by, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), FounderUserId = founderUserId, OldStatus = oldStatus, NewStatus = newStatus, CorrectedBy = by, CorrectedAt = now };
}
