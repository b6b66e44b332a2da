namespace Hub.Application.Webhooks.Queries.GetWebhook;

/// <summary>A subscription as admins see it; the secret is never given back.</summary>
public sealed record WebhooksSubscriptionDto(
    Guid Id, string Url, IReadOnlyList<string> Events, bool Active, string? DisabledReason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, uint Version);
