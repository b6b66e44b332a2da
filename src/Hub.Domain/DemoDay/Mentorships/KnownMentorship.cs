using Hub.Domain.Common;

namespace Hub.Domain.DemoDay.Mentorships;

/// <summary>
/// A mentor who mentors (or mentored) a venture, learned from Mentoring's events: as a judge they are conflicted
/// for that venture's pitch on every Demo Day, whether the pitch was added before or after.
/// </summary>
public sealed class KnownMentorship : AggregateRoot<KnownMentorshipId>
{
    private KnownMentorship()
    {
    }

    public Guid MentorshipId { get; private set; }

    public Guid MentorUserId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static KnownMentorship Record(Guid mentorshipId, Guid mentorUserId, Guid applicationId, DateTimeOffset now) =>
        new() { Id = KnownMentorshipId.New(), MentorshipId = mentorshipId, MentorUserId = mentorUserId, ApplicationId = applicationId, RecordedAt = now };
}
