using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Mentoring.Persistence.Configurations;

/// <summary>Value lists kept as one jsonb or array column: how they are written, read and compared.</summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write<T>(IReadOnlyList<T> items) => JsonSerializer.Serialize(items, Json);

    public static IReadOnlyList<T> Read<T>(string json) => JsonSerializer.Deserialize<List<T>>(json, Json) ?? [];

    /// <summary>A list of strings as a PostgreSQL <c>text[]</c>.</summary>
    public static void AsTextArray(this PropertyBuilder<IReadOnlyList<string>> property) =>
        property.HasConversion(l => l.ToArray(), a => a.ToList(), Comparer<string>()).HasColumnType("text[]");

    public static ValueComparer<IReadOnlyList<T>> Comparer<T>() =>
        new((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, x) => HashCode.Combine(h, x)), l => l.ToList());
}
