using Ardalis.Specification;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Application.Webhooks.Specifications;

public sealed class DeliveriesOfSubscriptionSpec : Specification<WebhookDelivery>
{
    public DeliveriesOfSubscriptionSpec(WebhookSubscriptionId subscriptionId) => Query.Where(d => d.SubscriptionId == subscriptionId);
}
