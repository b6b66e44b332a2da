using Hub.Domain.Webhooks.Subscriptions;
using Mediator;

namespace Hub.Application.Webhooks.Queries.ListLastDeliveries;

public sealed class ListLastDeliveriesQueryHandler(IWebhookDeliveryLog log) : IQueryHandler<ListLastDeliveriesQuery, IReadOnlyDictionary<Guid, WebhooksLastDeliveryDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, WebhooksLastDeliveryDto>> Handle(ListLastDeliveriesQuery query, CancellationToken cancellationToken) =>
        query.SubscriptionIds.Count == 0
            ? new Dictionary<Guid, WebhooksLastDeliveryDto>()
            : (await log.LatestAsync([.. query.SubscriptionIds.Select(WebhookSubscriptionId.From)], cancellationToken)).ToDictionary(d => d.SubscriptionId);
}
