namespace Hub.Infrastructure.Common.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> of one caller: the request it was first used with (method, path, SHA-256 of the body) and,
/// once the work is done, the response to replay. <see cref="Token"/> names the request that holds the key.
/// </summary>
internal sealed class IdempotencyRecord
{
    public required string Caller { get; init; }

    public required string Key { get; init; }

    public required string Method { get; init; }

    public required string Path { get; init; }

    public required byte[] RequestHash { get; init; }

    public Guid Token { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LockedUntil { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public int? StatusCode { get; init; }

    public string? Headers { get; init; }

    public byte[]? Body { get; init; }
}
