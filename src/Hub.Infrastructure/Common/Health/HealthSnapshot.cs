using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Common.Health;

/// <summary>
/// The health checks' last result, refreshed in the background every <see cref="HealthSnapshotOptions.RefreshInterval"/>,
/// so <c>/health</c> costs no database round trip while the app is healthy. An unhealthy result, one older than three
/// intervals (the refresh is stuck) or one marked stale by <see cref="Invalidate"/> (a request just met an unreachable
/// database) is not served: the checks run then, once for every caller waiting.
/// </summary>
public sealed class HealthSnapshot(HealthCheckService checks, TimeProvider clock, IOptions<HealthSnapshotOptions> options) : BackgroundService
{
    private readonly Lock _gate = new();
    private Task<HealthReport>? _running;
    private (HealthReport Report, DateTimeOffset At)? _last;
    private volatile bool _stale = true;

    public Task<HealthReport> CurrentAsync()
    {
        var last = _last;
        return !_stale && last is { } known && known.Report.Status != HealthStatus.Unhealthy && clock.GetUtcNow() - known.At < options.Value.RefreshInterval * 3
            ? Task.FromResult(known.Report)
            : RefreshAsync();
    }

    /// <summary>The next <see cref="CurrentAsync"/> runs the checks instead of answering the last result.</summary>
    public void Invalidate() => _stale = true;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, clock);
        do
        {
            await RefreshAsync();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private Task<HealthReport> RefreshAsync()
    {
        lock (_gate)
        {
            return _running ??= RunAsync();
        }
    }

    private async Task<HealthReport> RunAsync()
    {
        await Task.Yield(); // the caller stores this task before it can end
        try
        {
            _stale = false;
            var report = await checks.CheckHealthAsync(CancellationToken.None);
            _last = (report, clock.GetUtcNow());
            return report;
        }
        finally
        {
            lock (_gate)
            {
                _running = null;
            }
        }
    }
}
