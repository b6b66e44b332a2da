using Hub.Domain.Common;

namespace Hub.Domain.Mentoring.Mentorships.Events;

public sealed record MentorshipProposedDomainEvent(MentorshipId MentorshipId, Guid MentorUserId, string VentureName, DateTimeOffset OccurredAt) : IDomainEvent;
