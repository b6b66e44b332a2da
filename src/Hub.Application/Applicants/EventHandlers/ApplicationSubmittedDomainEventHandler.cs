using Hub.Application.Applicants.Contracts;
using Hub.Application.Applicants.Notifications;
using Hub.Application.Common.Messaging;
using Hub.Application.Identity.Contracts;
using Hub.Domain.Applicants.ProgrammeApplications.Events;
using Mediator;

namespace Hub.Application.Applicants.EventHandlers;

/// <summary>Tells other modules, and the founder, that an application arrived; both leave through the outbox.</summary>
public sealed class ApplicationSubmittedDomainEventHandler(IOutbox outbox, ISender sender) : IDomainEventHandler<ApplicationSubmittedDomainEvent>
{
    public async ValueTask Handle(ApplicationSubmittedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(new ApplicationSubmittedIntegrationEvent(
            domainEvent.ApplicationId.Value, domainEvent.IntakeId.Value, domainEvent.FounderUserId, domainEvent.VentureName)
        {
            OccurredAt = domainEvent.OccurredAt,
        });

        if (await sender.Send(new GetPersonQuery(domainEvent.FounderUserId), cancellationToken) is { } founder)
        {
            outbox.Add(ApplicantNotifications.Received(founder, domainEvent.VentureName));
        }
    }
}
