namespace Hub.Application.Webhooks.Queries.ListWebhookDeliveries;

/// <summary>One delivery in the log: the event, the exact body posted, where it stands, and its attempts (oldest first).</summary>
public sealed record WebhooksDeliveryDto(
    Guid Id,
    Guid EventId,
    string EventType,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    string Body,
    IReadOnlyList<WebhooksAttemptDto> Attempts);
