using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Applicants.ProgrammeApplications.Events;

namespace Hub.Application.Applicants.EventHandlers;

public sealed class ApplicationWithdrawnDomainEventHandler(IOutbox outbox) : IDomainEventHandler<ApplicationWithdrawnDomainEvent>
{
    public ValueTask Handle(ApplicationWithdrawnDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(new ApplicationWithdrawnIntegrationEvent(
            domainEvent.ApplicationId.Value, domainEvent.IntakeId.Value, domainEvent.FounderUserId, domainEvent.PreviousStatus == ApplicationStatus.Accepted)
        {
            OccurredAt = domainEvent.OccurredAt,
        });
        return ValueTask.CompletedTask;
    }
}
