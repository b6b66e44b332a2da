using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Infrastructure.Common.Health;

/// <summary>Healthy while at least one background-job server has sent a heartbeat in the last minute.</summary>
internal sealed class HangfireHealthCheck(JobStorage storage, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan MaxSilence = TimeSpan.FromMinutes(1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var alive = await StaleConnection.RetriedOnceAsync(() =>
                Task.FromResult(storage.GetMonitoringApi().Servers().Count(s => s.Heartbeat is { } beat && now - beat < MaxSilence)));
            return alive > 0
                ? HealthCheckResult.Healthy($"{alive} background-job server(s) alive.")
                : HealthCheckResult.Unhealthy("No background-job server has sent a heartbeat in the last minute.");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The background-job store does not answer.", error);
        }
    }
}
