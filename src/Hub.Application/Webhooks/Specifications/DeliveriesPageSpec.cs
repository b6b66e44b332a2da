using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Application.Webhooks.Specifications;

public sealed class DeliveriesPageSpec : Specification<WebhookDelivery>
{
    public DeliveriesPageSpec(WebhookSubscriptionId subscriptionId, PageRequest page) =>
        Query.Where(d => d.SubscriptionId == subscriptionId).OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Page(page).AsNoTracking();
}
