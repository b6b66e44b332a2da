using Hub.Application.Common.Messaging;
using Hub.Application.Training.Contracts;
using Hub.Application.Training.Notifications;
using Hub.Domain.Training.Certificates.Events;

namespace Hub.Application.Training.EventHandlers;

public sealed class CertificateIssuedDomainEventHandler(IOutbox outbox) : IDomainEventHandler<CertificateIssuedDomainEvent>
{
    public ValueTask Handle(CertificateIssuedDomainEvent domainEvent, CancellationToken cancellationToken)
    {
        outbox.Add(new TrainingCertificateIssuedIntegrationEvent(
            domainEvent.CertificateId.Value, domainEvent.Code, domainEvent.FounderUserId, domainEvent.ModuleId.Value, domainEvent.ModuleCode, domainEvent.ModuleName,
            domainEvent.Hours, domainEvent.OccurredAt)
        {
            OccurredAt = domainEvent.OccurredAt,
        });
        outbox.Add(TrainingNotifications.CertificateIssued(domainEvent.FounderUserId, domainEvent.HolderName, domainEvent.ModuleName, domainEvent.Hours, domainEvent.Code));
        return ValueTask.CompletedTask;
    }
}
