using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Hub.Infrastructure.Common.Health;

internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await StaleConnection.RetriedOnceAsync(() => SelectOneAsync(cancellationToken));
            return HealthCheckResult.Healthy("PostgreSQL answers.");
        }
        catch (Exception error) when (error is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", error);
        }
    }

    private async Task<bool> SelectOneAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken);
        return true;
    }
}
