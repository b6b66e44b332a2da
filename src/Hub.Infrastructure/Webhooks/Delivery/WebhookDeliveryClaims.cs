using Hub.Application.Webhooks;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Infrastructure.Webhooks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Webhooks.Delivery;

/// <summary>One conditional UPDATE: of two senders racing for one attempt, PostgreSQL lets exactly one match the row.</summary>
internal sealed class WebhookDeliveryClaims(WebhooksDbContext context) : IWebhookDeliveryClaims
{
    public async Task<bool> TryClaimAsync(WebhookDeliveryId deliveryId, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken) =>
        await context.Deliveries
            .Where(d => d.Id == deliveryId && d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.ClaimedUntil, (DateTimeOffset?)until), cancellationToken) == 1;
}
