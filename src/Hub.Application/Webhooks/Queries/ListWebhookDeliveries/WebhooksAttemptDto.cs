namespace Hub.Application.Webhooks.Queries.ListWebhookDeliveries;

/// <summary>One POST: its outcome, the receiver's status code when it answered, how long it took and the start of its answer.</summary>
public sealed record WebhooksAttemptDto(int Number, DateTimeOffset StartedAt, string Outcome, int? StatusCode, int DurationMs, string? ResponseExcerpt, bool Manual);
