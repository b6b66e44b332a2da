using Hub.Application.Common.Persistence;
using Hub.Application.Webhooks.Payloads;
using Hub.Domain.Webhooks;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Webhooks.Commands.PingWebhook;

public sealed class PingWebhookCommandHandler(
    IReadRepository<WebhookSubscription> subscriptions,
    IRepository<WebhookDelivery> deliveries,
    IWebhookDeliveryQueue queue,
    IOptions<WebhooksOptions> options,
    TimeProvider clock) : ICommandHandler<PingWebhookCommand, Guid>
{
    public async ValueTask<Guid> Handle(PingWebhookCommand command, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(command.SubscriptionId, cancellationToken);
        var now = clock.GetUtcNow();
        var eventId = Guid.CreateVersion7();
        var body = WebhookBody.Serialize(
            eventId, WebhookEventTypes.Ping, now, new PingData(subscription.Id.Value, subscription.Events, "Hello from the EU-DIEH hub: this receiver is reachable."));
        var delivery = WebhookDelivery.Create(subscription.Id, eventId, WebhookEventTypes.Ping, body, options.Value.Schedule().MaxAttempts, now);
        await deliveries.AddAsync(delivery, cancellationToken);
        queue.SendWhenCommitted([delivery.Id.Value]);
        return delivery.Id.Value;
    }
}
