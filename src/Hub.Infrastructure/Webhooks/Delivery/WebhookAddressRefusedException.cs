namespace Hub.Infrastructure.Webhooks.Delivery;

/// <summary>A receiver's host resolved only to addresses deliveries may not go to.</summary>
internal sealed class WebhookAddressRefusedException(string host)
    : Exception($"'{host}' resolves to no public address; webhook deliveries go to public addresses only.");
