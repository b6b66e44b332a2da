using Ardalis.Specification;
using Hub.Application.Common.Paging;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Application.Webhooks.Specifications;

public sealed class WebhooksPageSpec : Specification<WebhookSubscription>
{
    public WebhooksPageSpec(PageRequest page) => Query.OrderBy(s => s.CreatedAt).ThenBy(s => s.Id).Page(page).AsNoTracking();
}
