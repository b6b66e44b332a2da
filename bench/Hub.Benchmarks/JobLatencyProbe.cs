using System.Collections.Concurrent;
using System.Diagnostics;
using Hangfire;
using Hangfire.States;
using Hub.Infrastructure;
using Hub.Infrastructure.Common.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hub.Benchmarks;

/// <summary>
/// Enqueue→start latency of a background job with the hub's own Hangfire set-up (PostgreSQL storage, the same
/// poll interval and long polling): one job at a time, each enqueued only after the previous one started, so
/// every sample is the latency an idle server shows a new job.
/// </summary>
public static class JobLatencyProbe
{
    private const string Queue = "latency-probe";

    private static readonly ConcurrentDictionary<Guid, TaskCompletionSource<long>> Started = new();

    public static async Task<int> RunAsync(string[] args)
    {
        var samples = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None); // the app's checks, which this host does not serve

        // Its own queue, so the probe's workers never take the app's jobs from a shared database.
        builder.Configuration["Hub:Jobs:Queues:0"] = Queue;
        if (builder.Configuration.GetConnectionString(DependencyInjection.ConnectionStringName) is null)
        {
            Console.Error.WriteLine("Set ConnectionStrings__Hub (./hub bench job-latency does it).");
            return 2;
        }

        builder.Services.AddHubInfrastructure(builder.Configuration);
        builder.Services.AddCurrentUser<NoCaller>(); // jobs run in a system scope, as in the app
        using var host = builder.Build();
        await host.StartAsync();

        var client = host.Services.GetRequiredService<IBackgroundJobClient>();
        await MeasureOnceAsync(client); // warm-up: connections, JIT, the first LISTEN
        var latencies = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            latencies.Add(await MeasureOnceAsync(client));
        }

        await host.StopAsync();
        latencies.Sort();
        Console.WriteLine($"enqueue→start over {samples} jobs: p50 {Percentile(latencies, 0.50):0.0} ms, p95 {Percentile(latencies, 0.95):0.0} ms, p99 {Percentile(latencies, 0.99):0.0} ms, max {latencies[^1]:0.0} ms, mean {latencies.Average():0.0} ms");
        return 0;
    }

    /// <summary>The job's body: tells the probe when it started.</summary>
    public static void Ping(Guid id)
    {
        if (Started.TryGetValue(id, out var started))
        {
            started.TrySetResult(Stopwatch.GetTimestamp());
        }
    }

    private static async Task<double> MeasureOnceAsync(IBackgroundJobClient client)
    {
        var id = Guid.NewGuid();
        var started = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        Started[id] = started;
        var enqueuedAt = Stopwatch.GetTimestamp();
        client.Create(() => Ping(id), new EnqueuedState(Queue));
        var startedAt = await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Started.TryRemove(id, out _);
        return Stopwatch.GetElapsedTime(enqueuedAt, startedAt).TotalMilliseconds;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
