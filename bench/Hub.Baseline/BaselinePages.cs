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

    public static async Task<IResult> ApplicationsAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM applicants.applications", ApplicationsSql);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselineApplication>(size);
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(new BaselineApplication(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
                reader.GetFieldValue<DateTimeOffset>(7), reader.IsDBNull(8) ? null : reader.GetFieldValue<DateTimeOffset>(8)));
        }

        return Results.Ok(new BaselinePage<BaselineApplication>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    public static async Task<IResult> IntakesAsync(NpgsqlDataSource database, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var (number, size) = (page ?? 1, pageSize ?? 50);
        var now = DateTimeOffset.UtcNow;
        await using var batch = Batch(database, number, size, "SELECT count(*) FROM applicants.intakes", IntakesSql);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var items = new List<BaselineIntake>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var (opens, closes, capacity, accepted, status) = (
                reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetString(6));
            status = status == "Closed" || now >= closes ? "Closed" : status == "Open" || now >= opens ? "Open" : "Scheduled";
            items.Add(new BaselineIntake(
                reader.GetGuid(0), reader.GetString(1), opens, closes, capacity, accepted, capacity - accepted, status, reader.GetFieldValue<DateTimeOffset>(7), reader.GetFieldValue<uint>(8)));
        }

        return Results.Ok(new BaselinePage<BaselineIntake>(items, number, size, await TotalAsync(reader, cancellationToken)));
    }

    /// <summary>
    /// The page's statements (each given the page size as $1 and the rows skipped as $2: the page, then the rows of its
    /// children, if any) and the count, in one batch.
    /// </summary>
    internal static NpgsqlBatch Batch(NpgsqlDataSource database, int page, int pageSize, string countSql, params string[] pageSqls)
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

    internal static async Task<int> TotalAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (int)reader.GetInt64(0);
    }
}
