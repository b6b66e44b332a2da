using Npgsql;

namespace Hub.Infrastructure.Common.Modules;

/// <summary>
/// Which database failures leave nothing behind, so that trying the same work again cannot apply it twice
/// (docs/adr/0014-database-faults.md).
/// </summary>
internal static class DatabaseFaults
{
    /// <summary>
    /// True when PostgreSQL cannot have applied any of the failed work: the connection's backend was terminated
    /// (57P01, from a restart or <c>pg_terminate_backend</c>), which rolls back whatever the connection had not
    /// committed, as a stale pooled connection shows on its first command; or EF Core could not open the connection
    /// at all (refused, 57P03 while the server starts or stops, dropped during the handshake), so nothing was sent.
    /// A connection lost while reading or writing a command is not here: a commit may have happened without its
    /// answer arriving. Nor is a timeout (an exhausted pool, a server that does not answer): each try already waited.
    /// </summary>
    public static bool NothingWasApplied(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown }
        || (exception is NpgsqlException { IsTransient: true, InnerException: not TimeoutException } && ConnectionOpenFailures.RaisedWhileOpening(exception));

    /// <summary>
    /// True when the failure, anywhere in the chain, is a pooled connection whose backend was terminated (57P01).
    /// Npgsql empties the pool on seeing one, so the next try gets a new connection.
    /// </summary>
    public static bool IsTerminatedConnection(Exception exception)
    {
        for (var error = exception; error is not null; error = error.InnerException)
        {
            if (error is PostgresException { SqlState: PostgresErrorCodes.AdminShutdown })
            {
                return true;
            }
        }

        return false;
    }
}
