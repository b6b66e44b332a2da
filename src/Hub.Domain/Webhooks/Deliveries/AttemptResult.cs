namespace Hub.Domain.Webhooks.Deliveries;

/// <summary>What the transport saw of one POST: the status code when there was an answer, and a short excerpt of it.</summary>
public sealed record AttemptResult(AttemptOutcome Outcome, int? StatusCode, TimeSpan Duration, string? ResponseExcerpt)
{
    public const int MaxExcerptLength = 500;

    public bool Succeeded => Outcome == AttemptOutcome.Succeeded;
}
