using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>A list an aggregate keeps in one column (an array or a <c>jsonb</c> value): how EF Core compares and stores it.</summary>
internal static class ListColumns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Equal when the items are, in order; the snapshot is a copy, so a changed list is seen as changed.</summary>
    public static ValueComparer<IReadOnlyList<T>> ItemComparer<T>() =>
        new((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, x) => HashCode.Combine(h, x)), l => l.ToList());

    /// <summary>A list of strings as a PostgreSQL <c>text[]</c>.</summary>
    public static PropertyBuilder<IReadOnlyList<string>> AsTextArray(this PropertyBuilder<IReadOnlyList<string>> property) =>
        property.HasConversion(l => l.ToArray(), a => a.ToList(), ItemComparer<string>()).HasColumnType("text[]");

    /// <summary>A list of values as one <c>jsonb</c> array (camelCase, as the API writes them).</summary>
    public static PropertyBuilder<IReadOnlyList<T>> AsJsonList<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
                ItemComparer<T>())
            .HasColumnType("jsonb");

    /// <summary>A read-only list an aggregate exposes over a private backing field, as one <c>jsonb</c> array.</summary>
    public static PropertyBuilder<IReadOnlyList<T>> JsonList<TEntity, T>(this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, IReadOnlyList<T>>> property, string field)
        where TEntity : class =>
        builder.Property(property).HasField(field).UsePropertyAccessMode(PropertyAccessMode.Field).AsJsonList();
}
