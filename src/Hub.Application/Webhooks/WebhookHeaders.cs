namespace Hub.Application.Webhooks;

public static class WebhookHeaders
{
    public const string Signature = "X-Hub-Signature";
    public const string Event = "X-Hub-Event";
    public const string Delivery = "X-Hub-Delivery";
    public const string UserAgent = "EU-DIEH-Hub-Webhooks/1.0";
}
