namespace Hub.Domain.Webhooks.Deliveries;

/// <summary>How one attempt ended.</summary>
public enum AttemptOutcome
{
    /// <summary>A 2xx answer.</summary>
    Succeeded,

    /// <summary>An answer outside 2xx.</summary>
    HttpError,

    /// <summary>No full answer within the timeout.</summary>
    Timeout,

    /// <summary>No connection (refused, reset, name not found, TLS failure).</summary>
    ConnectionFailed,

    /// <summary>The host resolved to an address deliveries may not go to (private network).</summary>
    AddressRefused,
}
