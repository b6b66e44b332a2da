using System.Linq.Expressions;
using System.Text.Json;
using Hub.Infrastructure.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.DemoDay.Persistence.Configurations;

/// <summary>A read-only list of an aggregate, kept in a <c>jsonb</c> column through its private backing field.</summary>
internal static class JsonColumn
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<IReadOnlyList<T>> JsonList<TEntity, T>(this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, IReadOnlyList<T>>> property, string field)
        where TEntity : class =>
        builder.Property(property)
            .HasField(field)
            .UsePropertyAccessMode(PropertyAccessMode.Field)
            .HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                json => JsonSerializer.Deserialize<List<T>>(json, Json) ?? new List<T>(),
                ListColumns.ItemComparer<T>())
            .HasColumnType("jsonb");
}
