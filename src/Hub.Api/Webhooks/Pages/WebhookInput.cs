using Hub.Application.Webhooks.Queries.GetWebhook;

namespace Hub.Api.Webhooks.Pages;

/// <summary>A subscription's form: blank fields stay null so the command's validator names them beside their field.</summary>
public sealed class WebhookInput
{
    public string? Url { get; set; }

    public List<string> Events { get; set; } = [];

    public string? Secret { get; set; }

    public bool Active { get; set; }

    /// <summary>The version the admin saw, sent with the edit so a change made meanwhile is not overwritten.</summary>
    public uint? Version { get; set; }

    public static WebhookInput Of(WebhooksSubscriptionDto webhook) =>
        new() { Url = webhook.Url, Events = [.. webhook.Events], Active = webhook.Active, Version = webhook.Version };
}
