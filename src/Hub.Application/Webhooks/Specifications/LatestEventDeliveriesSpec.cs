using Ardalis.Specification;
using Hub.Domain.Webhooks;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Application.Webhooks.Specifications;

/// <summary>A subscription's latest deliveries of real events (pings left out), newest first.</summary>
public sealed class LatestEventDeliveriesSpec : Specification<WebhookDelivery>
{
    public LatestEventDeliveriesSpec(WebhookSubscriptionId subscriptionId, int count) =>
        Query.Where(d => d.SubscriptionId == subscriptionId && d.EventType != WebhookEventTypes.Ping)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Take(count)
            .AsNoTracking();
}
