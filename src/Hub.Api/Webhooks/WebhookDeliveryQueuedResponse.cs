namespace Hub.Api.Webhooks;

/// <summary>A delivery whose attempt is queued; its outcome shows in the subscription's delivery log.</summary>
public sealed record WebhookDeliveryQueuedResponse(Guid DeliveryId, string Status);
