using Hub.Domain.Common;

namespace Hub.Domain.Training.Ledger;

/// <summary>A mentoring session logged in the Mentoring module, entered in the founder's learning ledger once (its id is the session's).</summary>
public sealed class MentoringEntry : AggregateRoot<MentoringEntryId>
{
    public const string GroupFormat = "Group";
    public const int MaxFormatLength = 30;

    private MentoringEntry()
    {
    }

    public Guid FounderUserId { get; private set; }

    public Guid MentorUserId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public string Format { get; private set; } = string.Empty;

    public bool IsGroup => string.Equals(Format, GroupFormat, StringComparison.OrdinalIgnoreCase);

    public DateTimeOffset RecordedAt { get; private set; }

    public static MentoringEntry Record(Guid sessionId, Guid founderUserId, Guid mentorUserId, DateTimeOffset startedAt, int durationMinutes, string format, DateTimeOffset now) =>
        new()
        {
            Id = MentoringEntryId.From(sessionId),
            FounderUserId = founderUserId,
            MentorUserId = mentorUserId,
            StartedAt = startedAt,
            DurationMinutes = Math.Max(0, durationMinutes),
            Format = Guard.Text(format, "format", MaxFormatLength),
            RecordedAt = now,
        };
}
