using Hub.Application.Common.Paging;
using Hub.Application.Common.Persistence;
using Hub.Application.Webhooks.Specifications;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Mediator;

namespace Hub.Application.Webhooks.Queries.ListWebhookDeliveries;

public sealed class ListWebhookDeliveriesQueryHandler(IReadRepository<WebhookSubscription> subscriptions, IReadRepository<WebhookDelivery> deliveries)
    : IQueryHandler<ListWebhookDeliveriesQuery, PagedList<WebhooksDeliveryDto>>
{
    public async ValueTask<PagedList<WebhooksDeliveryDto>> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(query.SubscriptionId, cancellationToken);
        return await deliveries.ListPageAsync(new DeliveriesPageSpec(subscription.Id, query.Page), query.Page, ToDto, cancellationToken);
    }

    private static WebhooksDeliveryDto ToDto(WebhookDelivery d) => new(
        d.Id.Value,
        d.EventId,
        d.EventType,
        d.Status.ToString(),
        d.CreatedAt,
        d.NextAttemptAt,
        d.Body,
        [.. d.Attempts.OrderBy(a => a.Number).Select(a => new WebhooksAttemptDto(a.Number, a.StartedAt, a.Outcome.ToString(), a.StatusCode, a.DurationMs, a.ResponseExcerpt, a.Manual))]);
}
