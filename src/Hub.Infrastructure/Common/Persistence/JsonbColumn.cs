using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>
/// Stores a value object (or a list of them) as <c>jsonb</c> through a plain stored shape, so the domain keeps its
/// validating factories. Changes are detected by comparing the JSON, which also snapshots lists changed in place.
/// </summary>
internal static class JsonbColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<T> AsJsonb<T, TStored>(this PropertyBuilder<T> property, Func<T, TStored> store, Func<TStored, T> load)
    {
        property.HasConversion(
                value => JsonSerializer.Serialize(store(value), Json),
                json => load(JsonSerializer.Deserialize<TStored>(json, Json)!),
                new ValueComparer<T>(
                    (a, b) => JsonSerializer.Serialize(store(a!), Json) == JsonSerializer.Serialize(store(b!), Json),
                    value => JsonSerializer.Serialize(store(value), Json).GetHashCode(StringComparison.Ordinal),
                    value => load(JsonSerializer.Deserialize<TStored>(JsonSerializer.Serialize(store(value), Json), Json)!)))
            .HasColumnType("jsonb");
        return property;
    }
}
