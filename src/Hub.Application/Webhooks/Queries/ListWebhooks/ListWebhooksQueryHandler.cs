using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Webhooks.Queries.GetWebhook;
using Hub.Application.Webhooks.Specifications;
using Hub.Domain.Webhooks.Subscriptions;
using Mediator;

namespace Hub.Application.Webhooks.Queries.ListWebhooks;

public sealed class ListWebhooksQueryHandler(IReadRepository<WebhookSubscription> subscriptions) : IQueryHandler<ListWebhooksQuery, PagedList<WebhooksSubscriptionDto>>
{
    public async ValueTask<PagedList<WebhooksSubscriptionDto>> Handle(ListWebhooksQuery query, CancellationToken cancellationToken) =>
        await subscriptions.ListPageAsync(new WebhooksPageSpec(query.Page), query.Page, s => s.ToDto(), cancellationToken);
}
