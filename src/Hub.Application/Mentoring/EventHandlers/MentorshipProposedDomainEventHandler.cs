using Hub.Application.Common.Messaging;
using Hub.Application.Mentoring.Notifications;
using Hub.Domain.Mentoring.Mentorships.Events;

namespace Hub.Application.Mentoring.EventHandlers;

/// <summary>Tells the mentor about the proposal.</summary>
public sealed class MentorshipProposedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<MentorshipProposedDomainEvent>
{
    public ValueTask Handle(MentorshipProposedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(MentoringNotifications.Proposed(domainEvent.MentorUserId, domainEvent.VentureName));
        return ValueTask.CompletedTask;
    }
}
