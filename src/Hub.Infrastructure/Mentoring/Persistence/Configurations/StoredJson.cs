using System.Text.Json;

namespace Hub.Infrastructure.Mentoring.Persistence.Configurations;

/// <summary>Value lists kept as one jsonb column: how they are written and read.</summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write<T>(IReadOnlyList<T> items) => JsonSerializer.Serialize(items, Json);

    public static IReadOnlyList<T> Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];
}
