namespace Hub.Application.Webhooks.Queries.ListLastDeliveries;

/// <summary>A subscription's newest delivery, as the list of webhooks shows it: which event, where it stands, when it was made.</summary>
public sealed record WebhooksLastDeliveryDto(Guid SubscriptionId, Guid DeliveryId, string EventType, string Status, DateTimeOffset CreatedAt);
