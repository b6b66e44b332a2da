using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Application.Webhooks.Commands.RecordWebhookEvent;
using Hub.Application.Webhooks.Payloads;
using Hub.Domain.Webhooks;
using Mediator;

namespace Hub.Application.Webhooks.IntegrationEventHandlers;

public sealed class ApplicationSubmittedWebhookHandler(ISender sender) : IIntegrationEventHandler<ApplicationSubmittedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationSubmittedIntegrationEvent e, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordWebhookEventCommand(e.EventId, WebhookEventTypes.ApplicationSubmitted, e.OccurredAt, new ApplicationSubmittedData(e.ApplicationId, e.IntakeId, e.VentureName)),
            cancellationToken);
}
