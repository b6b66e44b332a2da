namespace Hub.Api.Webhooks;

/// <summary>The whole subscription; <see cref="Secret"/> is changed only when given, <see cref="Active"/> kept when omitted.</summary>
public sealed record WebhookEditRequest(string Url, IReadOnlyList<string>? Events, bool? Active, string? Secret);
