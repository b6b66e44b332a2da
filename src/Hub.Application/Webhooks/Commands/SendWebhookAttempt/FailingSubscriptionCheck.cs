using Hub.Application.Common.Persistence;
using Hub.Application.Webhooks.Specifications;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Application.Webhooks.Commands.SendWebhookAttempt;

/// <summary>Turns a subscription off when its latest deliveries have all failed for days (GitHub and Stripe do the same).</summary>
public sealed partial class FailingSubscriptionCheck(
    IReadRepository<WebhookDelivery> deliveries,
    IRepository<WebhookSubscription> subscriptions,
    IOptions<WebhooksOptions> options,
    TimeProvider clock,
    ILogger<FailingSubscriptionCheck> logger)
{
    public async Task DisableIfFailingAsync(WebhookSubscription subscription, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var count = settings.DisableAfterFailedDeliveries;
        if (count <= 0 || !subscription.Active)
        {
            return;
        }

        var latest = await deliveries.ListAsync(new LatestEventDeliveriesSpec(subscription.Id, count), cancellationToken);
        var now = clock.GetUtcNow();
        if (latest.Count < count || latest.Any(d => d.Status != DeliveryStatus.Failed) || latest[^1].CreatedAt > now - settings.DisableAfterFailingFor)
        {
            return;
        }

        subscription.DisableForFailures(
            $"Turned off on {now:yyyy-MM-dd}: the latest {count} deliveries all failed, the first on {latest[^1].CreatedAt:yyyy-MM-dd}.", now);
        await subscriptions.SaveChangesAsync(cancellationToken);
        LogDisabled(logger, subscription.Id.Value, count);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {SubscriptionId} turned off: its latest {Count} deliveries all failed")]
    private static partial void LogDisabled(ILogger logger, Guid subscriptionId, int count);
}
