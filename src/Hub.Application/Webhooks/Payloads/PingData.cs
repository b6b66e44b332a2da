namespace Hub.Application.Webhooks.Payloads;

/// <summary><c>ping</c>: sent on request to check a receiver; lists what the subscription receives.</summary>
public sealed record PingData(Guid SubscriptionId, IReadOnlyList<string> Events, string Message);
