namespace Hub.Domain.Webhooks.Deliveries;

/// <summary>One POST of a delivery, as its log shows it.</summary>
public sealed class DeliveryAttempt
{
    private DeliveryAttempt()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the first attempt of the delivery, counting on through manual redeliveries.</summary>
    public int Number { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public AttemptOutcome Outcome { get; private set; }

    public int? StatusCode { get; private set; }

    public int DurationMs { get; private set; }

    public string? ResponseExcerpt { get; private set; }

    public bool Manual { get; private set; }

    internal static DeliveryAttempt From(int number, DateTimeOffset startedAt, AttemptResult result, bool manual) => new()
    {
        Id = Guid.CreateVersion7(),
        Number = number,
        StartedAt = startedAt,
        Outcome = result.Outcome,
        StatusCode = result.StatusCode,
        DurationMs = (int)Math.Clamp(result.Duration.TotalMilliseconds, 0, int.MaxValue),
        ResponseExcerpt = result.ResponseExcerpt is { Length: > AttemptResult.MaxExcerptLength } excerpt ? excerpt[..AttemptResult.MaxExcerptLength] : result.ResponseExcerpt,
        Manual = manual,
    };
}
