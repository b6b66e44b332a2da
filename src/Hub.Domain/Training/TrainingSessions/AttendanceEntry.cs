namespace Hub.Domain.Training.TrainingSessions;

/// <summary>A participant's attendance of one session, as last recorded.</summary>
public sealed class AttendanceEntry
{
    private AttendanceEntry()
    {
    }

    public Guid FounderUserId { get; private set; }

    public AttendanceStatus Status { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    internal static AttendanceEntry Create(Guid founderUserId, AttendanceStatus status, Guid by, DateTimeOffset now) =>
        new() { FounderUserId = founderUserId, Status = status, RecordedBy = by, RecordedAt = now };

    internal void Change(AttendanceStatus status, Guid by, DateTimeOffset now)
    {
        Status = status;
        RecordedBy = by;
        RecordedAt = now;
    }
}
