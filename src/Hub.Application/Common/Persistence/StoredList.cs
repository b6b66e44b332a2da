using System.Collections;

namespace Hub.Application.Common.Persistence;

/// <summary>
/// What a specification may ask the database of a list an aggregate keeps in one <c>jsonb</c> column, without reading
/// the column: the persistence maps each method to SQL. In memory, each computes the same from the list.
/// </summary>
public static class StoredList
{
    /// <summary>How many items the list has (<c>jsonb_array_length</c> in the database).</summary>
    public static int Count(IEnumerable list) => list.Cast<object>().Count();
}
