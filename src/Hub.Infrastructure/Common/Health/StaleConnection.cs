using Hub.Infrastructure.Common.Modules;

namespace Hub.Infrastructure.Common.Health;

/// <summary>
/// After PostgreSQL restarts, the first command on each pooled connection fails with 57P01 and Npgsql then empties
/// the pool: a check tries once more, so that it reports the server as it is now rather than a connection it had.
/// </summary>
internal static class StaleConnection
{
    public static async Task<T> RetriedOnceAsync<T>(Func<Task<T>> check)
    {
        try
        {
            return await check();
        }
        catch (Exception error) when (DatabaseFaults.IsTerminatedConnection(error))
        {
            return await check();
        }
    }
}
