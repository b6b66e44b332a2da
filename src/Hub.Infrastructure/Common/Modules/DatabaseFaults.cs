using System.Net.Sockets;
using Npgsql;

namespace Hub.Infrastructure.Common.Modules;

/// <summary>
/// Which database failures leave nothing behind, so that trying the same work again cannot apply it twice
/// (docs/adr/0014-database-faults.md).
/// </summary>
internal static class DatabaseFaults
{
    /// <summary>
    /// True when PostgreSQL cannot have applied any of the failed work: no connection could be opened (refused, or
    /// the server is starting up or shutting down, 57P03), or the connection's backend was terminated (57P01, from a
    /// restart or <c>pg_terminate_backend</c>), which rolls back whatever the connection had not committed. A stale
    /// pooled connection fails this way on its first command. A connection lost while reading or writing is not
    /// here: a commit may have happened without its answer arriving.
    /// </summary>
    public static bool NothingWasApplied(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow,

        // Npgsql puts the socket's error right under its own only when connecting; a broken stream wraps it in an IOException.
        NpgsqlException { InnerException: SocketException } => true,
        _ => false,
    };

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
