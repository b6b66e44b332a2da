using System.Diagnostics;
using Hangfire;
using Hangfire.PostgreSql;
using Npgsql;

namespace Hub.Benchmarks.Faults;

/// <summary>
/// A job that outlives a <c>kill -9</c>: <c>enqueue-slow-job</c> puts <see cref="Thread.Sleep(int)"/> on the app's own
/// queue (a method every .NET process can load, so the app's workers run it as they would any job), and
/// <c>slow-job-report</c> waits for it to succeed and prints its states from the job store.
/// </summary>
public static class SlowJob
{
    public static int Enqueue(FaultOptions options)
    {
        var milliseconds = (int)(options.Number("seconds", 10) * 1000);
        GlobalConfiguration.Configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UsePostgreSqlStorage(
                bootstrapper => bootstrapper.UseNpgsqlConnection(FaultOptions.ConnectionString),
                new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false, EnableLongPolling = true });
        Console.WriteLine(new BackgroundJobClient().Enqueue(() => Thread.Sleep(milliseconds)));
        return 0;
    }

    /// <summary>
    /// Waits for the job to succeed and prints its states, in seconds from <c>--since</c>. <c>--expect rerun</c>: it
    /// was taken again by another process (after a kill at <c>--since</c>); <c>--expect once</c>: it was taken once,
    /// however long it ran (the sliding timeout kept renewing its claim).
    /// </summary>
    public static async Task<int> ReportAsync(FaultOptions options)
    {
        var jobId = long.Parse(options.Text("job"), System.Globalization.CultureInfo.InvariantCulture);
        var since = FaultOptions.FromEpoch(options.Text("since"));
        var rerun = options.Text("expect") == "rerun";
        var timeout = TimeSpan.FromSeconds(options.Number("timeout", 120));
        await using var database = await FaultOptions.OpenDatabaseAsync();

        var watch = Stopwatch.StartNew();
        List<(string State, DateTime At, string? Server)> states;
        do
        {
            await Task.Delay(500);
            states = await StatesAsync(database, jobId);
        }
        while (states.All(s => s.State != "Succeeded") && watch.Elapsed < timeout);

        Console.WriteLine($"job {jobId}, states (seconds from {(rerun ? "the kill" : "the enqueue")}):");
        foreach (var (state, at, server) in states)
        {
            Console.WriteLine($"  {Seconds(at, since),7:0.0}  {state,-10} {server}");
        }

        var taken = states.Where(s => s.State == "Processing").ToList();
        var succeeded = states.Where(s => s.State == "Succeeded").Select(s => (DateTime?)s.At).FirstOrDefault();
        var ok = succeeded is not null && (rerun ? taken.Count >= 2 && taken[^1].Server != taken[0].Server : taken.Count == 1);
        Console.WriteLine((ok, rerun) switch
        {
            (true, true) => $"ran again {Seconds(taken[^1].At, since):0.0} s after the kill on the restarted process, succeeded {Seconds(succeeded!.Value, since):0.0} s after the kill",
            (true, false) => $"taken once and succeeded {Seconds(succeeded!.Value, since):0.0} s after the enqueue",
            _ => $"not as expected ({(rerun ? "taken again after the kill" : "taken once")}, then succeeded) within {timeout.TotalSeconds:0} s",
        });
        return ok ? 0 : 1;
    }

    private static double Seconds(DateTime at, DateTimeOffset since) => (new DateTimeOffset(at, TimeSpan.Zero) - since).TotalSeconds;

    private static async Task<List<(string State, DateTime At, string? Server)>> StatesAsync(NpgsqlConnection database, long jobId)
    {
        await using var command = new NpgsqlCommand("SELECT name, createdat, data::jsonb->>'ServerId' FROM hangfire.state WHERE jobid = $1 ORDER BY id", database)
        {
            Parameters = { new() { Value = jobId } },
        };
        var states = new List<(string, DateTime, string?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            states.Add((reader.GetString(0), reader.GetDateTime(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return states;
    }
}
