using Hub.Domain.Webhooks.Deliveries;

namespace Hub.Application.Webhooks;

/// <summary>Posts a delivery to a receiver; never throws for what the receiver or the network does, it reports it.</summary>
public interface IWebhookTransport
{
    Task<AttemptResult> PostAsync(WebhookPost post, CancellationToken cancellationToken);
}
