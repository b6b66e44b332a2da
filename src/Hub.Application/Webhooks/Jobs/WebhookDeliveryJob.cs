using Hub.Application.Webhooks.Commands.SendWebhookAttempt;
using Mediator;

namespace Hub.Application.Webhooks.Jobs;

/// <summary>Queued when a delivery is recorded and scheduled for each retry: one attempt.</summary>
public sealed class WebhookDeliveryJob(ISender sender)
{
    public async Task RunAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        await sender.Send(new SendWebhookAttemptCommand(deliveryId), cancellationToken);
}
