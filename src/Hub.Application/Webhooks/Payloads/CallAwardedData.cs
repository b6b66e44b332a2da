namespace Hub.Application.Webhooks.Payloads;

/// <summary><c>call.awarded</c>: what a seed-capital call funded.</summary>
public sealed record CallAwardedData(
    Guid CallId, string Title, string Kind, WebhookMoney TotalAwarded, WebhookMoney Remaining, IReadOnlyList<CallAwardedGrantData> Grants);
