namespace Hub.Infrastructure.Common.Idempotency;

/// <summary>The rule for an <c>Idempotency-Key</c> header: 1 to 255 printable ASCII characters.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";

    public const string ReplayedHeader = "Idempotent-Replayed";

    public const int MaxLength = 255;

    public static bool IsValid(string? key) =>
        key is { Length: > 0 and <= MaxLength } && key.All(c => c is >= ' ' and <= '~');
}
