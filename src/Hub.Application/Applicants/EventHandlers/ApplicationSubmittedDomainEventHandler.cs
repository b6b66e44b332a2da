using Hub.Application.Applicants.Contracts;
using Hub.Application.Applicants.Notifications;
using Hub.Application.Common.Messaging;
using Hub.Domain.Applicants.ProgrammeApplications.Events;

namespace Hub.Application.Applicants.EventHandlers;

/// <summary>Tells other modules, and the founder, that an application arrived; both leave through the outbox.</summary>
public sealed class ApplicationSubmittedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<ApplicationSubmittedDomainEvent>
{
    public ValueTask Handle(ApplicationSubmittedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(new ApplicationSubmittedIntegrationEvent(
            domainEvent.ApplicationId.Value, domainEvent.IntakeId.Value, domainEvent.FounderUserId, domainEvent.VentureName,
            domainEvent.Founder?.Gender.ToString(), domainEvent.Founder?.BirthYear, domainEvent.Founder?.Soum)
        {
            OccurredAt = domainEvent.OccurredAt,
        });
        outbox.Add(ApplicantNotifications.Received(domainEvent.FounderUserId, domainEvent.FounderName, domainEvent.VentureName));
        return ValueTask.CompletedTask;
    }
}
