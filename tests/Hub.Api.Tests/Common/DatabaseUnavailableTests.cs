using Hub.Api.Common.Errors;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Common.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hub.Api.Tests.Common;

/// <summary>
/// The failures Npgsql really raises when PostgreSQL goes away, made against the test server: which ones the API
/// answers with 503 (<see cref="DatabaseUnavailable"/>) and which ones EF Core may try again
/// (<see cref="DatabaseFaults.NothingWasApplied"/>, ADR 0014).
/// </summary>
public sealed class DatabaseUnavailableTests
{
    private static string Server => Environment.GetEnvironmentVariable("HUB_TEST_CONNECTION")
        ?? throw new InvalidOperationException("HUB_TEST_CONNECTION is not set: run the tests with ./hub test.");

    [Fact]
    public async Task A_refused_connection_is_unavailability_and_safe_to_try_again()
    {
        await using var nowhere = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Database=hub;Username=hub;Password=x;Timeout=2");
        var refused = await FailureOfAsync(() => nowhere.OpenConnectionAsync().AsTask());

        Assert.True(DatabaseUnavailable.Is(refused));
        Assert.True(DatabaseFaults.NothingWasApplied(refused));
    }

    [Fact]
    public async Task A_connection_whose_backend_was_terminated_is_unavailability_and_safe_to_try_again()
    {
        var terminated = await TerminatedConnectionFailureAsync();

        Assert.Equal(PostgresErrorCodes.AdminShutdown, Assert.IsType<PostgresException>(terminated).SqlState);
        Assert.True(DatabaseUnavailable.Is(terminated));
        Assert.True(DatabaseFaults.NothingWasApplied(terminated));
        Assert.True(DatabaseFaults.IsTerminatedConnection(new InvalidOperationException("wrapped", terminated)));
    }

    [Fact]
    public async Task A_connection_lost_on_the_way_is_unavailability_but_is_not_tried_again()
    {
        // A commit may have happened without its answer arriving: trying again could apply it twice.
        var server = new NpgsqlConnectionStringBuilder(Server);
        await using var relay = new TcpFaultProxy(server.Host!, server.Port);
        var through = new NpgsqlConnectionStringBuilder(Server) { Host = "127.0.0.1", Port = relay.Port, Pooling = false };
        await using var connection = new NpgsqlConnection(through.ConnectionString);
        await connection.OpenAsync();
        relay.Cut();
        var lost = await FailureOfAsync(() => new NpgsqlCommand("SELECT 1", connection).ExecuteScalarAsync());

        Assert.IsNotType<PostgresException>(lost);
        Assert.True(DatabaseUnavailable.Is(lost));
        Assert.False(DatabaseFaults.NothingWasApplied(lost));
    }

    [Fact]
    public async Task An_exhausted_pool_is_unavailability_but_is_not_tried_again()
    {
        var oneConnection = new NpgsqlConnectionStringBuilder(Server) { MaxPoolSize = 1, Timeout = 1 };
        await using var dataSource = NpgsqlDataSource.Create(oneConnection.ConnectionString);
        await using var held = await dataSource.OpenConnectionAsync();
        var exhausted = await FailureOfAsync(() => dataSource.OpenConnectionAsync().AsTask());

        Assert.True(DatabaseUnavailable.Is(exhausted));
        Assert.False(DatabaseFaults.NothingWasApplied(exhausted));
    }

    [Fact]
    public void A_server_starting_up_is_unavailability_and_safe_to_try_again()
    {
        var startingUp = new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow);

        Assert.True(DatabaseUnavailable.Is(startingUp));
        Assert.True(DatabaseFaults.NothingWasApplied(startingUp));
    }

    [Fact]
    public async Task A_duplicate_is_a_conflict_not_unavailability()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await new NpgsqlCommand("CREATE TEMP TABLE once (id int PRIMARY KEY); INSERT INTO once VALUES (1)", connection).ExecuteNonQueryAsync();
        var duplicate = await FailureOfAsync(() => new NpgsqlCommand("INSERT INTO once VALUES (1)", connection).ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(duplicate).SqlState);
        Assert.False(DatabaseUnavailable.Is(duplicate));
        Assert.False(DatabaseUnavailable.Is(new DbUpdateException("save failed", duplicate)));
        Assert.False(DatabaseFaults.NothingWasApplied(duplicate));
    }

    [Fact]
    public async Task Wrapped_by_ef_core_the_drivers_failure_still_decides()
    {
        await using var nowhere = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Database=hub;Username=hub;Password=x;Timeout=2");
        var refused = await FailureOfAsync(() => nowhere.OpenConnectionAsync().AsTask());
        var terminated = await TerminatedConnectionFailureAsync();

        Assert.True(DatabaseUnavailable.Is(new DbUpdateException("save failed", terminated)));
        Assert.True(DatabaseUnavailable.Is(new RetryLimitExceededException("gave up", refused)));
        Assert.True(DatabaseUnavailable.Is(new InvalidOperationException("likely a transient failure", refused)));
        Assert.False(DatabaseUnavailable.Is(new InvalidOperationException("a bug")));
        Assert.False(DatabaseUnavailable.Is(new TimeoutException("not the database's")));
    }

    /// <summary>A connection's first command after its backend was terminated, as after a restart.</summary>
    private static async Task<Exception> TerminatedConnectionFailureAsync()
    {
        var unpooled = new NpgsqlConnectionStringBuilder(Server) { Pooling = false }.ConnectionString;
        await using var victim = new NpgsqlConnection(unpooled);
        await victim.OpenAsync();
        await using (var admin = new NpgsqlConnection(unpooled))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand("SELECT pg_terminate_backend($1, 5000)", admin) { Parameters = { new() { Value = victim.ProcessID } } };
            Assert.True((bool)(await terminate.ExecuteScalarAsync())!);
        }

        return await FailureOfAsync(() => new NpgsqlCommand("SELECT 1", victim).ExecuteScalarAsync());
    }

    private static async Task<Exception> FailureOfAsync(Func<Task> action) =>
        await Assert.ThrowsAnyAsync<Exception>(action);
}
