using Hub.Domain.Common;

namespace Hub.Domain.Webhooks.Subscriptions;

public readonly record struct WebhookSubscriptionId(Guid Value) : IStronglyTypedId<WebhookSubscriptionId>
{
    public static WebhookSubscriptionId New() => new(Guid.CreateVersion7());

    public static WebhookSubscriptionId From(Guid value) => new(value);
}
