using System.Text.Json;

namespace Hub.Application.Webhooks;

/// <summary>The body every delivery posts: <c>{id, type, occurredAt, data}</c> in the API's camelCase JSON.</summary>
public static class WebhookBody
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(Guid eventId, string type, DateTimeOffset occurredAt, object data) =>
        JsonSerializer.Serialize(new Envelope(eventId, type, occurredAt.ToUniversalTime(), data), Json);

    private sealed record Envelope(Guid Id, string Type, DateTimeOffset OccurredAt, object Data);
}
