namespace Hub.Domain.Webhooks.Deliveries;

public enum DeliveryStatus
{
    /// <summary>An attempt is due now or scheduled.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Succeeded,

    /// <summary>Every allowed attempt failed; only a manual redelivery tries again.</summary>
    Failed,
}
