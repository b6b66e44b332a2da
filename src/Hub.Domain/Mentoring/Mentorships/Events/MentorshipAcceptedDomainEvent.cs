using Hub.Domain.Common;
using Hub.Domain.Mentoring.Mentors;

namespace Hub.Domain.Mentoring.Mentorships.Events;

public sealed record MentorshipAcceptedDomainEvent(MentorshipId MentorshipId, MentorId MentorId, Guid MentorUserId, Guid ApplicationId, Guid FounderUserId, DateTimeOffset OccurredAt)
    : IDomainEvent;
