using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Hub.Application.Common.Messaging;
using Hub.Application.Common.Notifications;

namespace Hub.Infrastructure.Common.Messaging;

/// <summary>
/// The messages that may stand in an outbox or inbox, by stable name (the type's full name). Renaming an integration event
/// type is a breaking change for messages still pending.
/// </summary>
internal static class MessageTypes
{
    // Mongolian text is stored as written, not as \uXXXX escapes (a sixth of the size, readable in psql).
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly Dictionary<string, Type> ByName = typeof(IntegrationEvent).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && (typeof(IntegrationEvent).IsAssignableFrom(t) || t == typeof(OutgoingNotification)))
        .ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static (string Type, string Payload) Serialize(object message)
    {
        var type = message.GetType();
        return ByName.ContainsKey(type.FullName!)
            ? (type.FullName!, JsonSerializer.Serialize(message, type, Json))
            : throw new ArgumentException($"{type.Name} cannot go through the outbox: only integration events and notifications can.", nameof(message));
    }

    public static object Deserialize(string type, string payload) =>
        ByName.TryGetValue(type, out var clrType)
            ? JsonSerializer.Deserialize(payload, clrType, Json) ?? throw new InvalidOperationException($"Outbox payload of {type} is null.")
            : throw new InvalidOperationException($"Unknown outbox message type '{type}'.");
}
