using Hub.Application.Common.Messaging;
using Hub.Application.Mentoring.Contracts;
using Hub.Domain.Mentoring.Mentorships.Events;

namespace Hub.Application.Mentoring.EventHandlers;

/// <summary>Tells other modules (Demo Day's conflicts of interest) that a mentor took on a venture.</summary>
public sealed class MentorshipAcceptedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<MentorshipAcceptedDomainEvent>
{
    public ValueTask Handle(MentorshipAcceptedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(new MentorshipAcceptedIntegrationEvent(
            domainEvent.MentorshipId.Value, domainEvent.MentorId.Value, domainEvent.MentorUserId, domainEvent.ApplicationId, domainEvent.FounderUserId)
        {
            OccurredAt = domainEvent.OccurredAt,
        });
        return ValueTask.CompletedTask;
    }
}
