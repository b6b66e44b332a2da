using Hub.Application.Common.Messaging;
using Hub.Application.Mentoring.Contracts;
using Hub.Domain.Mentoring.Mentorships.Events;

namespace Hub.Application.Mentoring.EventHandlers;

/// <summary>Tells other modules (Training's hours ledger) that a session was logged.</summary>
public sealed class MentoringSessionLoggedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<MentoringSessionLoggedDomainEvent>
{
    public ValueTask Handle(MentoringSessionLoggedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(new MentoringSessionLoggedIntegrationEvent(
            domainEvent.SessionId,
            domainEvent.MentorshipId.Value,
            domainEvent.MentorUserId,
            domainEvent.FounderUserId,
            domainEvent.ApplicationId,
            domainEvent.StartedAt,
            domainEvent.DurationMinutes,
            domainEvent.Format.ToString())
        {
            OccurredAt = domainEvent.OccurredAt,
        });
        return ValueTask.CompletedTask;
    }
}
