using Hub.Domain.Common;

namespace Hub.Domain.Mentoring.Mentorships.Events;

public sealed record MentoringSessionLoggedDomainEvent(
    Guid SessionId,
    MentorshipId MentorshipId,
    Guid MentorUserId,
    Guid FounderUserId,
    Guid ApplicationId,
    DateTimeOffset StartedAt,
    int DurationMinutes,
    SessionFormat Format,
    DateTimeOffset OccurredAt) : IDomainEvent;
