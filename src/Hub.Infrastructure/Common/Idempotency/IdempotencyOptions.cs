namespace Hub.Infrastructure.Common.Idempotency;

/// <summary>Settings of <c>Hub:Idempotency</c> (ADR 0023).</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Hub:Idempotency";

    /// <summary>How long a key answers with its first response; after that, the same key does the work again.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long a request in progress holds its key. A repeat meanwhile gets 409; after it (the instance died mid-request)
    /// the next repeat takes the key over and does the work.
    /// </summary>
    public TimeSpan InProgressTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Responses larger than this are not kept (the key is released): POST answers are small.</summary>
    public int MaxStoredResponseBytes { get; set; } = 1024 * 1024;
}
