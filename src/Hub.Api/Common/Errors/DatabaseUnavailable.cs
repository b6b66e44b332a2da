using Npgsql;

namespace Hub.Api.Common.Errors;

/// <summary>
/// PostgreSQL is out of reach for a moment: restarting (57P01 on a pooled connection, 57P03 while starting),
/// refusing connections, out of connection slots, or a connection lost on the way. The client hears 503 with a
/// <c>Retry-After</c> rather than 500: nothing is wrong with the request. Whatever could be retried safely was
/// retried already (docs/adr/0014-database-faults.md).
/// </summary>
internal static class DatabaseUnavailable
{
    public const int RetryAfterSeconds = 5;

    public const string Detail = "The database is briefly unavailable; try again in a few seconds.";

    /// <summary>Walks the inner exceptions (EF Core wraps the driver's) to the first one from Npgsql, which decides.</summary>
    public static bool Is(Exception exception)
    {
        for (var error = exception; error is not null; error = error.InnerException)
        {
            switch (error)
            {
                case PostgresException postgres:
                    return IsUnavailable(postgres.SqlState);
                case NpgsqlException npgsql:
                    // No server error: I/O, a refused or timed-out connection, an exhausted pool.
                    return npgsql.IsTransient;
            }
        }

        return false;
    }

    private static bool IsUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections;
}
