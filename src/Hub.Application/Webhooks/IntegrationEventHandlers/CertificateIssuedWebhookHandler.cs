using Hub.Application.Common.Messaging;
using Hub.Application.Training.Contracts;
using Hub.Application.Webhooks.Commands.RecordWebhookEvent;
using Hub.Application.Webhooks.Payloads;
using Hub.Domain.Webhooks;
using Mediator;

namespace Hub.Application.Webhooks.IntegrationEventHandlers;

public sealed class CertificateIssuedWebhookHandler(ISender sender) : IIntegrationEventHandler<TrainingCertificateIssuedIntegrationEvent>
{
    public async ValueTask Handle(TrainingCertificateIssuedIntegrationEvent e, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordWebhookEventCommand(
                e.EventId,
                WebhookEventTypes.TrainingCertificateIssued,
                e.OccurredAt,
                new CertificateIssuedData(
                    e.CertificateId, e.Code, e.FounderUserId, e.ModuleId, e.ModuleCode, e.ModuleName, e.Hours, e.IssuedAt, $"/api/v1/certificates/{Uri.EscapeDataString(e.Code)}")),
            cancellationToken);
}
