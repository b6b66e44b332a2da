using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Webhooks;

public static class WebhooksTestData
{
    public const string WebhooksPath = "/api/v1/webhooks";
    public const string Secret = "a-partner-secret-of-32-characters";

    public static JsonObject WebhookBody(string url, params string[] events) => new()
    {
        ["url"] = url,
        ["events"] = new JsonArray([.. events.Select(e => (JsonNode)e)]),
        ["secret"] = Secret,
    };

    public static async Task<Guid> NewWebhookAsync(this HttpClient admin, string url, params string[] events) =>
        (await (await admin.PostJsonAsync(WebhooksPath, WebhookBody(url, events))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task<List<JsonElement>> DeliveriesAsync(this HttpClient admin, Guid webhookId) =>
        [.. (await (await admin.GetAsync($"{WebhooksPath}/{webhookId}/deliveries")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()];

    /// <summary>Waits until the subscription's only delivery is no longer Pending, and gives it.</summary>
    public static async Task<JsonElement> FinishedDeliveryAsync(this HttpClient admin, Guid webhookId) =>
        (await Eventually.ValueAsync(
            () => admin.DeliveriesAsync(webhookId),
            d => d.Count == 1 && d[0].GetProperty("status").GetString() != "Pending",
            // Up to two timed-out attempts and a delayed retry: generous, for a machine busy with the whole suite.
            TimeSpan.FromSeconds(30))).Single();
}
