using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Application.Webhooks.Commands.RecordWebhookEvent;
using Hub.Application.Webhooks.Payloads;
using Hub.Domain.Webhooks;
using Mediator;

namespace Hub.Application.Webhooks.IntegrationEventHandlers;

public sealed class ApplicationDecidedWebhookHandler(ISender sender) : IIntegrationEventHandler<ApplicationDecidedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationDecidedIntegrationEvent e, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordWebhookEventCommand(e.EventId, WebhookEventTypes.ApplicationDecided, e.OccurredAt, new ApplicationDecidedData(e.ApplicationId, e.IntakeId, e.Decision)),
            cancellationToken);
}
