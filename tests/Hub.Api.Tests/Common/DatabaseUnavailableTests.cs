using Hub.Api.Common.Errors;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Common.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Hub.Api.Tests.Common;

/// <summary>
/// The failures Npgsql really raises when PostgreSQL goes away, made against the test server, directly or through EF
/// Core configured as the modules are (<c>UseHubDatabase</c>): which ones the API answers with 503
/// (<see cref="DatabaseUnavailable"/>) and which ones EF Core tries again (<see cref="DatabaseFaults.NothingWasApplied"/>,
/// ADR 0014).
/// </summary>
public sealed class DatabaseUnavailableTests
{
    private static string Server => Environment.GetEnvironmentVariable("HUB_TEST_CONNECTION")
        ?? throw new InvalidOperationException("HUB_TEST_CONNECTION is not set: run the tests with ./hub test.");

    [Fact]
    public async Task A_refused_connection_is_tried_again_then_answered_as_unavailability()
    {
        await using var nowhere = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Database=hub;Username=hub;Password=x;Timeout=2");
        await using var context = ModuleLikeContext(nowhere);

        var gaveUp = Assert.IsType<RetryLimitExceededException>(await FailureOfAsync(() => SelectOneAsync(context)));

        Assert.True(DatabaseFaults.NothingWasApplied(gaveUp.InnerException!));
        Assert.True(DatabaseUnavailable.Is(gaveUp));
    }

    [Fact]
    public async Task A_connection_dropped_while_opening_is_tried_again_and_succeeds_once_the_server_is_back()
    {
        await using var relay = Relay();
        await using var dataSource = NpgsqlDataSource.Create(Through(relay));
        await using var context = ModuleLikeContext(dataSource);

        // What a stopping server may do to a new connection: accept it, then close it before the handshake is over.
        relay.HangUp();
        var gaveUp = Assert.IsType<RetryLimitExceededException>(await FailureOfAsync(() => SelectOneAsync(context)));
        var dropped = Assert.IsAssignableFrom<NpgsqlException>(gaveUp.InnerException);
        Assert.IsNotType<PostgresException>(dropped);
        Assert.True(DatabaseFaults.NothingWasApplied(dropped));

        var working = SelectOneAsync(context);
        await Task.Delay(TimeSpan.FromSeconds(1));
        relay.Restore();
        await working;
    }

    [Fact]
    public async Task A_connection_lost_during_a_command_is_unavailability_but_is_not_tried_again()
    {
        // A commit may have happened without its answer arriving: trying again could apply it twice.
        await using var relay = Relay();
        await using var dataSource = NpgsqlDataSource.Create(Through(relay));
        await using var context = ModuleLikeContext(dataSource);
        await context.Database.OpenConnectionAsync();
        relay.Cut();

        var lost = await FailureOfAsync(() => SelectOneAsync(context));

        Assert.IsNotType<RetryLimitExceededException>(lost);
        Assert.False(DatabaseFaults.NothingWasApplied(lost));
        Assert.True(DatabaseUnavailable.Is(lost));
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
    public async Task An_exhausted_pool_is_unavailability_but_is_not_tried_again()
    {
        var oneConnection = new NpgsqlConnectionStringBuilder(Server) { MaxPoolSize = 1, Timeout = 1 };
        await using var dataSource = NpgsqlDataSource.Create(oneConnection.ConnectionString);
        await using var held = await dataSource.OpenConnectionAsync();
        await using var context = ModuleLikeContext(dataSource);

        var exhausted = await FailureOfAsync(() => SelectOneAsync(context));

        Assert.IsType<TimeoutException>(Assert.IsAssignableFrom<NpgsqlException>(exhausted).InnerException);
        Assert.False(DatabaseFaults.NothingWasApplied(exhausted));
        Assert.True(DatabaseUnavailable.Is(exhausted));
    }

    [Fact]
    public void A_server_starting_up_is_unavailability()
    {
        var startingUp = new PostgresException("the database system is starting up", "FATAL", "FATAL", PostgresErrorCodes.CannotConnectNow);

        Assert.True(DatabaseUnavailable.Is(startingUp));
    }

    [Fact]
    public async Task A_duplicate_is_a_conflict_not_unavailability()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using (var table = new NpgsqlCommand("CREATE TEMP TABLE once (id int PRIMARY KEY); INSERT INTO once VALUES (1)", connection))
        {
            await table.ExecuteNonQueryAsync();
        }

        await using var again = new NpgsqlCommand("INSERT INTO once VALUES (1)", connection);
        var duplicate = await FailureOfAsync(() => again.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(duplicate).SqlState);
        Assert.False(DatabaseUnavailable.Is(duplicate));
        Assert.False(DatabaseUnavailable.Is(new DbUpdateException("save failed", duplicate)));
        Assert.False(DatabaseFaults.NothingWasApplied(duplicate));
    }

    [Fact]
    public async Task Wrapped_by_ef_core_the_drivers_failure_still_decides()
    {
        var terminated = await TerminatedConnectionFailureAsync();
        await using var nowhere = NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Database=hub;Username=hub;Password=x;Timeout=2");
        var refused = await FailureOfAsync(() => nowhere.OpenConnectionAsync().AsTask());

        Assert.True(DatabaseUnavailable.Is(new DbUpdateException("save failed", terminated)));
        Assert.True(DatabaseUnavailable.Is(new InvalidOperationException("likely a transient failure", refused)));
        Assert.False(DatabaseUnavailable.Is(new InvalidOperationException("a bug")));
        Assert.False(DatabaseUnavailable.Is(new TimeoutException("not the database's")));
    }

    [Fact]
    public async Task A_query_streams_its_rows_inside_the_strategy_and_buffers_them_outside_it()
    {
        await using var dataSource = NpgsqlDataSource.Create(Server);
        await using var context = ModuleLikeContext(dataSource);
        await context.Database.OpenConnectionAsync();

        // Buffered, the reader is read to the end and closed before the first row is handed out: the connection is free.
        Assert.Equal(3, await CountWhileRunningAnotherCommandAsync(context));

        // Streamed (the whole read is tried again on a fault), the reader still holds the connection after the first row.
        var busy = await FailureOfAsync(() => context.Database.CreateExecutionStrategy().ExecuteAsync(() => CountWhileRunningAnotherCommandAsync(context)));
        Assert.Contains("already in progress", busy.Message, StringComparison.Ordinal);
        Assert.True(context.Database.CreateExecutionStrategy().RetriesOnFailure);
    }

    /// <summary>A command under the context's execution strategy, as EF Core runs every query and save.</summary>
    private static Task<int> SelectOneAsync(DbContext context) =>
        context.Database.CreateExecutionStrategy().ExecuteAsync(() => context.Database.ExecuteSqlRawAsync("SELECT 1"));

    /// <summary>A DbContext on the data source with the modules' options: the hub's execution strategy and interceptor.</summary>
    private static DbContext ModuleLikeContext(NpgsqlDataSource dataSource) =>
        new(new DbContextOptionsBuilder().UseHubDatabase(dataSource, "public").Options);

    private static TcpFaultProxy Relay()
    {
        var server = new NpgsqlConnectionStringBuilder(Server);
        return new TcpFaultProxy(server.Host!, server.Port);
    }

    private static string Through(TcpFaultProxy relay) =>
        new NpgsqlConnectionStringBuilder(Server) { Host = "127.0.0.1", Port = relay.Port, Timeout = 2 }.ConnectionString;

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

        await using var next = new NpgsqlCommand("SELECT 1", victim);
        return await FailureOfAsync(() => next.ExecuteScalarAsync());
    }

    /// <summary>Reads three rows, running another command on the same connection after the first.</summary>
    private static async Task<int> CountWhileRunningAnotherCommandAsync(DbContext context)
    {
        var rows = 0;
        await foreach (var _ in context.Database.SqlQueryRaw<int>("SELECT generate_series(1, 3) AS \"Value\"").AsAsyncEnumerable())
        {
            if (rows++ == 0)
            {
                await context.Database.ExecuteSqlRawAsync("SELECT 1");
            }
        }

        return rows;
    }

    private static async Task<Exception> FailureOfAsync(Func<Task> action) =>
        await Assert.ThrowsAnyAsync<Exception>(action);
}
