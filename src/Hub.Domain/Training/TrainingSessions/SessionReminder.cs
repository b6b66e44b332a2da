namespace Hub.Domain.Training.TrainingSessions;

/// <summary>That a participant was reminded of a session, so they never are twice.</summary>
public sealed class SessionReminder
{
    private SessionReminder()
    {
    }

    public Guid FounderUserId { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    internal static SessionReminder Create(Guid founderUserId, DateTimeOffset now) => new() { FounderUserId = founderUserId, SentAt = now };
}
