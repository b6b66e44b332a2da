namespace Hub.Infrastructure.Webhooks.Delivery;

/// <summary>A receiver's host resolved to no address deliveries may go to here.</summary>
internal sealed class WebhookAddressRefusedException(string host)
    : Exception($"'{host}' resolves to no address webhook deliveries may go to from this hub (public addresses only, or loopback only where so configured).");
