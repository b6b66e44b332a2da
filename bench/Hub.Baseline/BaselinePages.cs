using Npgsql;

namespace Hub.Baseline;

/// <summary>
/// Each page as the hub reads it: the page, then the total when the page is full (a short first page is its own
/// total), in one batch, i.e. one round trip.
/// </summary>
internal static class BaselinePages
{
    private const string ApplicationsSql = """
        SELECT id, intake_id, founder_user_id, founder_full_name, venture_name, sector, status, created_at, submitted_at
        FROM applicants.applications ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2
        """;

    private const string IntakesSql = """
        SELECT id, name, opens_at, closes_at, capacity, accepted_count, status, created_at, xmin
        FROM applicants.intakes ORDER BY closes_at DESC, id DESC LIMIT $1 OFFSET $2
        """;

    public static Task<IResult> ApplicationsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken) =>
        PageAsync(
            database, page, pageSize, "SELECT count(*) FROM applicants.applications", ApplicationsSql,
            r => new BaselineApplication(
                r.GetGuid(0), r.GetGuid(1), r.GetGuid(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
                r.GetFieldValue<DateTimeOffset>(7), r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8)),
            cancellationToken);

    public static Task<IResult> IntakesAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        return PageAsync(
            database, page, pageSize, "SELECT count(*) FROM applicants.intakes", IntakesSql,
            r =>
            {
                var (opens, closes, capacity, accepted, status) = (
                    r.GetFieldValue<DateTimeOffset>(2), r.GetFieldValue<DateTimeOffset>(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6));
                status = status == "Closed" || now >= closes ? "Closed" : status == "Open" || now >= opens ? "Open" : "Scheduled";
                return new BaselineIntake(
                    r.GetGuid(0), r.GetString(1), opens, closes, capacity, accepted, capacity - accepted, status, r.GetFieldValue<DateTimeOffset>(7), r.GetFieldValue<uint>(8));
            },
            cancellationToken);
    }

    /// <summary>A page of one statement's rows and the count, in one batch.</summary>
    internal static async Task<IResult> PageAsync<T>(
        NpgsqlDataSource database, int? page, int? pageSize, string countSql, string pageSql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, countSql, pageSql);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<T>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
        }

        return Results.Ok(new BaselinePage<T>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    /// <summary>
    /// A page whose items carry a list of children: the page (its first column the item's id), the children of the page's
    /// items (their first column the parent's id, in the order shown) and the count, in one batch.
    /// </summary>
    internal static async Task<IResult> PageAsync<T, TChild>(
        NpgsqlDataSource database, int? page, int? pageSize, string countSql, string pageSql, string childrenSql, Func<NpgsqlDataReader, List<TChild>, T> read,
        Func<NpgsqlDataReader, TChild> readChild, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, countSql, pageSql, childrenSql);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<T>(size);
        var childrenOf = new Dictionary<Guid, List<TChild>>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            var children = new List<TChild>();
            items.Add(read(reader, children));
            childrenOf[reader.GetGuid(0)] = children;
        }

        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            childrenOf[reader.GetGuid(0)].Add(readChild(reader));
        }

        return Results.Ok(new BaselinePage<T>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    /// <summary>
    /// The page's statements (each given the page size as $1 and the rows skipped as $2: the page, then the rows of its
    /// children, if any) and the count, in one batch.
    /// </summary>
    private static NpgsqlBatch Batch(NpgsqlDataSource database, int page, int pageSize, string countSql, params string[] pageSqls)
    {
        var batch = database.CreateBatch();
        foreach (var sql in pageSqls)
        {
            var rows = new NpgsqlBatchCommand(sql);
            rows.Parameters.Add(new NpgsqlParameter<int> { TypedValue = pageSize });
            rows.Parameters.Add(new NpgsqlParameter<int> { TypedValue = (page - 1) * pageSize });
            batch.BatchCommands.Add(rows);
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand(countSql));
        return batch;
    }

    private static async Task<int> TotalAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (int)reader.GetInt64(0);
    }
}
