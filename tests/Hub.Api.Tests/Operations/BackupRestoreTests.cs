using Hub.Api.Tests.Infrastructure;
using Npgsql;

namespace Hub.Api.Tests.Operations;

/// <summary>
/// <c>./hub db backup</c> and <c>./hub db restore</c>: a backup of a live hub restores every schema, each module's and
/// the job store's, row for row; a restore refuses to overwrite data unless told to; a wiped database comes back whole.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class BackupRestoreTests(HubApiFactory live)
{
    private const string RowCounts = """
        SELECT table_schema || '.' || table_name,
               (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint
        FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
        ORDER BY 1
        """;

    [Fact]
    public async Task A_backup_restores_every_schema_and_a_wiped_database_comes_back_whole()
    {
        var file = Path.Combine(Path.GetTempPath(), $"hub-backup-{Guid.NewGuid():N}.dump");
        await using var copy = await TestDatabase.CreateAsync();
        try
        {
            await Succeeds(HubScript.RunAsync(live.Database.ConnectionString, "db", "backup", file));
            await Succeeds(HubScript.RunAsync(copy.ConnectionString, "db", "restore", file));
            var restored = await CountsAsync(copy.ConnectionString);

            var schemas = restored.Keys.Select(t => t[..t.IndexOf('.', StringComparison.Ordinal)]).ToHashSet();
            var liveSchemas = (await CountsAsync(live.Database.ConnectionString)).Keys.Select(t => t[..t.IndexOf('.', StringComparison.Ordinal)]).ToHashSet();
            Assert.Equal(liveSchemas.Order(), schemas.Order());
            Assert.Contains("hangfire", schemas);
            Assert.All(schemas.Where(s => s != "hangfire"), schema => Assert.True(restored.Where(t => t.Key.StartsWith(schema + ".", StringComparison.Ordinal)).Sum(t => t.Value) > 0, $"{schema} came back empty"));
            Assert.True(restored["hangfire.job"] > 0 && restored["identity.users"] > 0);

            var refused = await HubScript.RunAsync(copy.ConnectionString, "db", "restore", file);
            Assert.NotEqual(0, refused.ExitCode);
            Assert.Contains("--force", refused.Output, StringComparison.Ordinal);

            await WipeAsync(copy.ConnectionString, schemas);
            Assert.Empty(await CountsAsync(copy.ConnectionString));
            await Succeeds(HubScript.RunAsync(copy.ConnectionString, "db", "restore", file, "--force"));
            Assert.Equal(restored, await CountsAsync(copy.ConnectionString));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task Succeeds(Task<(int ExitCode, string Output)> run)
    {
        var (exitCode, output) = await run;
        Assert.True(exitCode == 0, output);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(RowCounts, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var counts = new Dictionary<string, long>();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private static async Task WipeAsync(string connectionString, IEnumerable<string> schemas)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var schema in schemas)
        {
            await using var drop = new NpgsqlCommand($"DROP SCHEMA \"{schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
