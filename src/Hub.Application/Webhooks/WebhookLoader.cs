using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Persistence;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Application.Webhooks;

internal static class WebhookLoader
{
    public static async Task<WebhookSubscription> GetAsync(this Ardalis.Specification.IReadRepositoryBase<WebhookSubscription> subscriptions, Guid id, CancellationToken cancellationToken) =>
        await subscriptions.GetByIdAsync(WebhookSubscriptionId.From(id), cancellationToken) ?? throw new NotFoundException("Webhook", id);

    /// <summary>A delivery of that subscription; another subscription's delivery is as unknown as a missing one.</summary>
    public static async Task<WebhookDelivery> GetOfAsync(this IRepository<WebhookDelivery> deliveries, Guid subscriptionId, Guid deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await deliveries.GetByIdAsync(WebhookDeliveryId.From(deliveryId), cancellationToken);
        return delivery is not null && delivery.SubscriptionId == WebhookSubscriptionId.From(subscriptionId)
            ? delivery
            : throw new NotFoundException("Webhook delivery", deliveryId);
    }
}
