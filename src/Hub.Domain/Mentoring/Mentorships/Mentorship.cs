using Hub.Domain.Common;
using Hub.Domain.Mentoring.Mentors;
using Hub.Domain.Mentoring.Mentorships.Events;

namespace Hub.Domain.Mentoring.Mentorships;

/// <summary>A mentor and a venture: proposed by a published run, accepted or declined by the mentor, closed with an outcome.</summary>
public sealed class Mentorship : AggregateRoot<MentorshipId>
{
    /// <summary>An active mentorship this long without a session earns its mentor a reminder.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromDays(14);

    private readonly List<MentoringSession> _sessions = [];

    private Mentorship()
    {
    }

    public Guid MatchingRunId { get; private set; }

    public MentorId MentorId { get; private set; }

    public Guid MentorUserId { get; private set; }

    public Guid ApplicationId { get; private set; }

    public Guid IntakeId { get; private set; }

    public Guid FounderUserId { get; private set; }

    public string VentureName { get; private set; } = string.Empty;

    public decimal Score { get; private set; }

    public MentorshipStatus Status { get; private set; }

    public DateTimeOffset ProposedAt { get; private set; }

    public DateTimeOffset? RespondedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? Outcome { get; private set; }

    public DateTimeOffset? LastSessionAt { get; private set; }

    public DateTimeOffset? RemindedAt { get; private set; }

    public IReadOnlyList<MentoringSession> Sessions => _sessions;

    public bool HoldsSlot => Status is MentorshipStatus.Proposed or MentorshipStatus.Active;

    public int TotalMinutes => _sessions.Sum(s => s.DurationMinutes);

    public static Mentorship Propose(
        Guid matchingRunId, MentorId mentorId, Guid mentorUserId, Guid applicationId, Guid intakeId, Guid founderUserId, string ventureName, decimal score, DateTimeOffset now)
    {
        var mentorship = new Mentorship
        {
            Id = MentorshipId.New(),
            MatchingRunId = matchingRunId,
            MentorId = mentorId,
            MentorUserId = mentorUserId,
            ApplicationId = applicationId,
            IntakeId = intakeId,
            FounderUserId = founderUserId,
            VentureName = ventureName,
            Score = score,
            Status = MentorshipStatus.Proposed,
            ProposedAt = now,
        };
        mentorship.Raise(new MentorshipProposedDomainEvent(mentorship.Id, mentorUserId, ventureName, now));
        return mentorship;
    }

    public void Accept(DateTimeOffset now)
    {
        EnsureStatus(MentorshipStatus.Proposed, "accepted");
        Status = MentorshipStatus.Active;
        RespondedAt = now;
        Raise(new MentorshipAcceptedDomainEvent(Id, MentorId, MentorUserId, ApplicationId, FounderUserId, now));
    }

    public void Decline(DateTimeOffset now)
    {
        EnsureStatus(MentorshipStatus.Proposed, "declined");
        Status = MentorshipStatus.Declined;
        RespondedAt = now;
    }

    public void Close(string outcome, DateTimeOffset now)
    {
        EnsureStatus(MentorshipStatus.Active, "closed");
        Outcome = Guard.Text(outcome, "outcome", 1000);
        Status = MentorshipStatus.Closed;
        ClosedAt = now;
    }

    public MentoringSession LogSession(DateTimeOffset startedAt, int durationMinutes, SessionFormat format, string topics, string? actions, DateTimeOffset now)
    {
        EnsureStatus(MentorshipStatus.Active, "given sessions");
        if (startedAt < ProposedAt.AddDays(-1))
        {
            throw new BusinessRuleException("session.before-mentorship", "A session cannot start before the mentorship was proposed.");
        }

        var session = MentoringSession.Log(startedAt, durationMinutes, format, topics, actions, now);
        _sessions.Add(session);
        if (LastSessionAt is null || session.StartedAt > LastSessionAt)
        {
            LastSessionAt = session.StartedAt;
        }

        Raise(new MentoringSessionLoggedDomainEvent(session.Id, Id, MentorUserId, FounderUserId, ApplicationId, session.StartedAt, durationMinutes, format, now));
        return session;
    }

    /// <returns>False when there is no such session.</returns>
    public bool ConfirmSession(Guid sessionId, int rating, string? comment, DateTimeOffset now)
    {
        var session = _sessions.FirstOrDefault(s => s.Id == sessionId);
        session?.Confirm(rating, comment, now);
        return session is not null;
    }

    /// <summary>Active, no session (nor acceptance) for <see cref="QuietPeriod"/>, and not reminded within it.</summary>
    public bool NeedsReminder(DateTimeOffset now) =>
        Status == MentorshipStatus.Active
        && (LastSessionAt ?? RespondedAt ?? ProposedAt) <= now - QuietPeriod
        && (RemindedAt is null || RemindedAt <= now - QuietPeriod);

    public void MarkReminded(DateTimeOffset now) => RemindedAt = now;

    private void EnsureStatus(MentorshipStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new StateConflictException("mentorship.state", $"A {Status} mentorship cannot be {action}; it must be {expected}.");
        }
    }
}
