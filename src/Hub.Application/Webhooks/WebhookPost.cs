namespace Hub.Application.Webhooks;

/// <summary>One POST of a delivery: the JSON body exactly as signed, and the hub's headers.</summary>
public sealed record WebhookPost(string Url, string Body, IReadOnlyDictionary<string, string> Headers);
