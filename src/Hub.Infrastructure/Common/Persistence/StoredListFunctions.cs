using Hub.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Storage;

namespace Hub.Infrastructure.Common.Persistence;

/// <summary>Maps <see cref="StoredList"/>'s methods to PostgreSQL's <c>jsonb</c> functions, for every module's model.</summary>
internal static class StoredListFunctions
{
    private static readonly IntTypeMapping Integer = new("integer");

    public static void MapStoredListFunctions(this ModelBuilder modelBuilder)
    {
        var count = modelBuilder.HasDbFunction(typeof(StoredList).GetMethod(nameof(StoredList.Count))!)
            .HasTranslation(arguments => new SqlFunctionExpression("jsonb_array_length", arguments, nullable: true, argumentsPropagateNullability: [true], typeof(int), Integer));
        count.HasParameter("list").HasStoreType("jsonb");
    }
}
