using Hub.Domain.Common;

namespace Hub.Domain.Mentoring.Mentorships;

/// <summary>A session the mentor logged; the founder may confirm it and rate it.</summary>
public sealed class MentoringSession
{
    public const int MaxMinutes = 720;

    private MentoringSession()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public int DurationMinutes { get; private set; }

    public SessionFormat Format { get; private set; }

    public string Topics { get; private set; } = string.Empty;

    public string Actions { get; private set; } = string.Empty;

    public DateTimeOffset LoggedAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    public int? Rating { get; private set; }

    public string? Comment { get; private set; }

    internal static MentoringSession Log(DateTimeOffset startedAt, int durationMinutes, SessionFormat format, string topics, string? actions, DateTimeOffset now)
    {
        if (durationMinutes is < 1 or > MaxMinutes)
        {
            throw new InvalidValueException("durationMinutes", $"'durationMinutes' must be between 1 and {MaxMinutes}.");
        }

        if (startedAt > now)
        {
            throw new BusinessRuleException("session.in-future", "A session is logged after it has started.");
        }

        return new MentoringSession
        {
            Id = Guid.CreateVersion7(),
            StartedAt = startedAt.ToUniversalTime(),
            DurationMinutes = durationMinutes,
            Format = format,
            Topics = Guard.Text(topics, "topics", 2000),
            Actions = string.IsNullOrWhiteSpace(actions) ? string.Empty : Guard.Text(actions, "actions", 2000),
            LoggedAt = now,
        };
    }

    internal void Confirm(int rating, string? comment, DateTimeOffset now)
    {
        if (ConfirmedAt is not null)
        {
            throw new StateConflictException("session.confirmed", "This session is already confirmed.");
        }

        if (rating is < 1 or > 5)
        {
            throw new InvalidValueException("rating", "'rating' must be between 1 and 5.");
        }

        Rating = rating;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : Guard.Text(comment, "comment", 2000);
        ConfirmedAt = now;
    }
}
