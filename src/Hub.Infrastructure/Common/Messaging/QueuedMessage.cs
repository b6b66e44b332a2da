namespace Hub.Infrastructure.Common.Messaging;

/// <summary>
/// A message waiting in a module's outbox or inbox: delivered at least once, retried with exponential back-off
/// (2 s, 4 s, … up to an hour) and, after <see cref="MaxAttempts"/>, kept with its error for a person to look at.
/// </summary>
internal abstract class QueuedMessage
{
    public const int MaxAttempts = 10;
    public const int MaxErrorLength = 2000;

    public Guid Id { get; protected init; }

    /// <summary>The message's type name, as <see cref="MessageTypes"/> knows it.</summary>
    public string Type { get; protected init; } = string.Empty;

    public string Payload { get; protected init; } = string.Empty;

    public DateTimeOffset OccurredAt { get; protected init; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public void MarkProcessed(DateTimeOffset now)
    {
        ProcessedAt = now;
        Attempts++;
        LastError = null;
    }

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
