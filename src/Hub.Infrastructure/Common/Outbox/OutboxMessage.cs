namespace Hub.Infrastructure.Common.Outbox;

/// <summary>One integration event or notification waiting to leave its module, written in the same transaction as its cause.</summary>
internal sealed class OutboxMessage
{
    public const int MaxAttempts = 10;
    public const int MaxErrorLength = 2000;

    public Guid Id { get; private init; }

    /// <summary>The message's type name, as <see cref="OutboxMessageTypes"/> knows it.</summary>
    public string Type { get; private init; } = string.Empty;

    public string Payload { get; private init; } = string.Empty;

    public DateTimeOffset OccurredAt { get; private init; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage From(object message, DateTimeOffset now)
    {
        var (type, payload) = OutboxMessageTypes.Serialize(message);
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = type,
            Payload = payload,
            OccurredAt = now,
        };
    }

    public void MarkProcessed(DateTimeOffset now)
    {
        ProcessedAt = now;
        Attempts++;
        LastError = null;
    }

    /// <summary>Backs off exponentially (2 s, 4 s, … up to an hour); after <see cref="MaxAttempts"/> it waits for a person.</summary>
    public void MarkFailed(Exception error, DateTimeOffset now)
    {
        Attempts++;
        // Cut to the column's size (and without NULs): a save of the mark must never fail and undo the batch.
        var text = $"{error.GetType().Name}: {error.Message}".Replace('\0', ' ');
        LastError = text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
        NextAttemptAt = Attempts >= MaxAttempts
            ? null
            : now + TimeSpan.FromSeconds(Math.Min(3600, Math.Pow(2, Attempts)));
    }
}
