using Hub.Application.Common.Persistence;
using Hub.Application.Webhooks.Specifications;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Webhooks.Commands.RecordWebhookEvent;

public sealed class RecordWebhookEventCommandHandler(
    IReadRepository<WebhookSubscription> subscriptions,
    IRepository<WebhookDelivery> deliveries,
    IWebhookDeliveryQueue queue,
    IOptions<WebhooksOptions> options,
    TimeProvider clock) : ICommandHandler<RecordWebhookEventCommand>
{
    public async ValueTask<Unit> Handle(RecordWebhookEventCommand command, CancellationToken cancellationToken)
    {
        // Few subscriptions exist (a handful of partners), so they are filtered here rather than in SQL.
        var wanting = (await subscriptions.ListAsync(new ActiveSubscriptionsSpec(), cancellationToken)).Where(s => s.Wants(command.Type)).ToList();
        if (wanting.Count == 0)
        {
            return Unit.Value;
        }

        var already = (await deliveries.ListAsync(new DeliveriesOfEventSpec(command.EventId), cancellationToken)).Select(d => d.SubscriptionId).ToHashSet();
        var now = clock.GetUtcNow();
        var body = WebhookBody.Serialize(command.EventId, command.Type, command.OccurredAt == default ? now : command.OccurredAt, command.Data);
        var added = wanting
            .Where(s => !already.Contains(s.Id))
            .Select(s => WebhookDelivery.Create(s.Id, command.EventId, command.Type, body, options.Value.Schedule().MaxAttempts, now))
            .ToList();
        if (added.Count > 0)
        {
            await deliveries.AddRangeAsync(added, cancellationToken);
            queue.SendWhenCommitted(added.Select(d => d.Id.Value));
        }

        return Unit.Value;
    }
}
