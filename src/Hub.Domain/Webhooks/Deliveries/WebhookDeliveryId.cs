using Hub.Domain.Common;

namespace Hub.Domain.Webhooks.Deliveries;

public readonly record struct WebhookDeliveryId(Guid Value) : IStronglyTypedId<WebhookDeliveryId>
{
    public static WebhookDeliveryId New() => new(Guid.CreateVersion7());

    public static WebhookDeliveryId From(Guid value) => new(value);
}
