using Npgsql;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test host, created on the PostgreSQL server that <c>./hub test</c> started
/// (HUB_TEST_CONNECTION) and dropped afterwards, so test runs never see each other's rows.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _serverConnection;

    private TestDatabase(string serverConnection, string name, string connectionString)
    {
        _serverConnection = serverConnection;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("HUB_TEST_CONNECTION");
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException("HUB_TEST_CONNECTION is not set: run the tests with ./hub test, which starts PostgreSQL and sets it.");
        }

        var name = $"hub_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 40 };
        return new TestDatabase(server, name, builder.ConnectionString);
    }

    public async Task<T?> ScalarAsync<T>(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    /// <summary>
    /// Drops the database. A stopping host's job server may still reconnect while it goes, which makes even a forced
    /// drop fail with "being accessed by other users": new connections are refused first, and the drop is tried again.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnection);
        await connection.OpenAsync();
        await using (var refuse = new NpgsqlCommand($"ALTER DATABASE {Name} WITH ALLOW_CONNECTIONS false", connection))
        {
            await refuse.ExecuteNonQueryAsync();
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            // An autovacuum worker in the database has no role, so a forced drop by a role that is not a superuser
            // fails with insufficient_privilege while it runs; it is gone a moment later.
            catch (PostgresException error) when (error.SqlState is PostgresErrorCodes.ObjectInUse or PostgresErrorCodes.InsufficientPrivilege && attempt < 10)
            {
                await Task.Delay(200 * attempt);
            }
        }
    }
}
