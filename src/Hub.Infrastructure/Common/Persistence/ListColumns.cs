using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>A list an aggregate keeps in one column (an array or a <c>jsonb</c> value): how EF Core compares and stores it.</summary>
internal static class ListColumns
{
    /// <summary>Equal when the items are, in order; the snapshot is a copy, so a changed list is seen as changed.</summary>
    public static ValueComparer<IReadOnlyList<T>> ItemComparer<T>() =>
        new((a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, x) => HashCode.Combine(h, x)), l => l.ToList());

    /// <summary>A list of strings as a PostgreSQL <c>text[]</c>.</summary>
    public static PropertyBuilder<IReadOnlyList<string>> AsTextArray(this PropertyBuilder<IReadOnlyList<string>> property) =>
        property.HasConversion(l => l.ToArray(), a => a.ToList(), ItemComparer<string>()).HasColumnType("text[]");
}
