using Ardalis.Specification;
using Hub.Domain.Webhooks.Deliveries;

namespace Hub.Application.Webhooks.Specifications;

public sealed class DeliveriesOfEventSpec : Specification<WebhookDelivery>
{
    public DeliveriesOfEventSpec(Guid eventId) => Query.Where(d => d.EventId == eventId).AsNoTracking();
}
