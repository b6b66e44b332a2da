namespace Hub.Domain.Training.TrainingSessions;

/// <summary>Whether a participant attended; only <see cref="Present"/> counts hours.</summary>
public enum AttendanceStatus
{
    Present,
    Absent,
    Excused,
}
