using Ardalis.Specification;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Application.Webhooks.Specifications;

public sealed class ActiveSubscriptionsSpec : Specification<WebhookSubscription>
{
    public ActiveSubscriptionsSpec() => Query.Where(s => s.Active).AsNoTracking();
}
