using Npgsql;

namespace Hub.Infrastructure.Common.Startup;

/// <summary>
/// A session-level PostgreSQL advisory lock on one key for every instance of the hub on a database: instances started
/// together (systemd starts them at once) run their start-up work one after another, so two never create the same role
/// or apply the same migration. Released explicitly: a pooled connection resets its session only when next used.
/// </summary>
internal sealed class StartupLock : IAsyncDisposable
{
    private const long Key = 0x4855425354415254; // "HUBSTART"

    private readonly NpgsqlConnection _connection;

    private StartupLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<StartupLock> TakeAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, "SELECT pg_advisory_lock($1)", cancellationToken);
            return new StartupLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await ExecuteAsync(_connection, "SELECT pg_advisory_unlock($1)", CancellationToken.None);
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new() { Value = Key } } };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
