using Hub.Application.Webhooks.Queries.ListLastDeliveries;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Application.Webhooks;

/// <summary>
/// Reads of the delivery log that a specification cannot express: the newest delivery of each subscription pairs
/// every subscription with its own latest row (a lateral join on the (subscription, created) index), in one query.
/// </summary>
public interface IWebhookDeliveryLog
{
    /// <summary>The newest delivery of each of these subscriptions that has one.</summary>
    Task<IReadOnlyList<WebhooksLastDeliveryDto>> LatestAsync(IReadOnlyList<WebhookSubscriptionId> subscriptionIds, CancellationToken cancellationToken);
}
