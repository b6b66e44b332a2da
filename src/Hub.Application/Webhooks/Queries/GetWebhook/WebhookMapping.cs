using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Application.Webhooks.Queries.GetWebhook;

internal static class WebhookMapping
{
    public static WebhooksSubscriptionDto ToDto(this WebhookSubscription s) =>
        new(s.Id.Value, s.Url, s.Events, s.Active, s.DisabledReason, s.CreatedAt, s.UpdatedAt, s.Version);
}
