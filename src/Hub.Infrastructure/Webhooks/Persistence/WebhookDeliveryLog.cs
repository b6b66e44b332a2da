using Hub.Application.Webhooks;
using Hub.Application.Webhooks.Queries.ListLastDeliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Webhooks.Persistence;

/// <summary>
/// The newest delivery per subscription as one statement: each subscription row with a correlated
/// <c>ORDER BY created_at DESC, id DESC LIMIT 1</c> (a LEFT JOIN LATERAL in PostgreSQL), which reads one row per
/// subscription from the (subscription_id, created_at) index however long its log is.
/// </summary>
internal sealed class WebhookDeliveryLog(WebhooksDbContext context) : IWebhookDeliveryLog
{
    public async Task<IReadOnlyList<WebhooksLastDeliveryDto>> LatestAsync(IReadOnlyList<WebhookSubscriptionId> subscriptionIds, CancellationToken cancellationToken)
    {
        var rows = await context.Database.CreateExecutionStrategy().ExecuteAsync(
            token => context.Subscriptions.AsNoTracking()
                .Where(s => subscriptionIds.Contains(s.Id))
                .Select(s => context.Deliveries
                    .Where(d => d.SubscriptionId == s.Id)
                    .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
                    .Select(d => new { d.SubscriptionId, d.Id, d.EventType, d.Status, d.CreatedAt })
                    .FirstOrDefault())
                .ToListAsync(token),
            cancellationToken);
        return [.. rows.Where(d => d is not null).Select(d => new WebhooksLastDeliveryDto(d!.SubscriptionId.Value, d.Id.Value, d.EventType, d.Status.ToString(), d.CreatedAt))];
    }
}
