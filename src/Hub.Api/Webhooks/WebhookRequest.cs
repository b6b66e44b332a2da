using Hub.Domain.Webhooks;

namespace Hub.Api.Webhooks;

/// <summary>A subscription: where to post, which events (see <see cref="WebhookEventTypes"/>), and the signing secret (16–200 characters, write-only).</summary>
public sealed record WebhookRequest(string Url, IReadOnlyList<string>? Events, string Secret);
