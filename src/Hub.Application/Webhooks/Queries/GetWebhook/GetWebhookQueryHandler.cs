using Hub.Application.Common.Persistence;
using Hub.Domain.Webhooks.Subscriptions;
using Mediator;

namespace Hub.Application.Webhooks.Queries.GetWebhook;

public sealed class GetWebhookQueryHandler(IReadRepository<WebhookSubscription> subscriptions) : IQueryHandler<GetWebhookQuery, WebhooksSubscriptionDto>
{
    public async ValueTask<WebhooksSubscriptionDto> Handle(GetWebhookQuery query, CancellationToken cancellationToken) =>
        (await subscriptions.GetAsync(query.Id, cancellationToken)).ToDto();
}
