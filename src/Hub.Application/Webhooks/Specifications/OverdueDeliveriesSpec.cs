using Ardalis.Specification;
using Hub.Domain.Webhooks.Deliveries;

namespace Hub.Application.Webhooks.Specifications;

/// <summary>Pending deliveries whose attempt was due before <c>dueBefore</c> and that no sender holds: their job was lost.</summary>
public sealed class OverdueDeliveriesSpec : Specification<WebhookDelivery>
{
    public OverdueDeliveriesSpec(DateTimeOffset dueBefore, DateTimeOffset now, int count) =>
        Query.Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt < dueBefore && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .OrderBy(d => d.NextAttemptAt)
            .Take(count)
            .AsNoTracking();
}
