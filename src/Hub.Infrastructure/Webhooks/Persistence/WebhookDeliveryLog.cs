using Hub.Application.Webhooks;
using Hub.Application.Webhooks.Queries.ListLastDeliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Hub.Infrastructure.Webhooks.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Webhooks.Persistence;

/// <summary>
/// The newest delivery per subscription as one statement: for each id a lateral <c>ORDER BY created_at DESC, id DESC
/// LIMIT 1</c>, which reads one row per subscription from the (subscription_id, created_at) index however long its
/// log is. Written in SQL because EF Core turns the same LINQ into a ROW_NUMBER window over the whole table.
/// </summary>
internal sealed class WebhookDeliveryLog(WebhooksDbContext context) : IWebhookDeliveryLog
{
    private const string LatestSql =
        $$"""
        SELECT d.* FROM unnest({0}::uuid[]) AS s(id)
        CROSS JOIN LATERAL (
            SELECT * FROM {{WebhooksDbContext.SchemaName}}.{{WebhookDeliveryConfiguration.Table}} AS x
            WHERE x.subscription_id = s.id
            ORDER BY x.created_at DESC, x.id DESC
            LIMIT 1) AS d
        """;

    public async Task<IReadOnlyList<WebhooksLastDeliveryDto>> LatestAsync(IReadOnlyList<WebhookSubscriptionId> subscriptionIds, CancellationToken cancellationToken)
    {
        var ids = subscriptionIds.Select(id => id.Value).ToArray();
        var rows = await context.Database.CreateExecutionStrategy().ExecuteAsync(
            token => context.Deliveries.FromSqlRaw(LatestSql, ids).AsNoTracking()
                .Select(d => new { d.SubscriptionId, d.Id, d.EventType, d.Status, d.CreatedAt })
                .ToListAsync(token),
            cancellationToken);
        return [.. rows.Select(d => new WebhooksLastDeliveryDto(d.SubscriptionId.Value, d.Id.Value, d.EventType, d.Status.ToString(), d.CreatedAt))];
    }
}
