using System.Diagnostics;
using System.Net.Http.Headers;
using Hub.Benchmarks.Faults;

namespace Hub.Benchmarks.Load;

/// <summary>
/// The deadline rush (<c>./hub bench rush</c>): every founder prepared by <c>faults prepare</c> submits once, at
/// moments spread evenly over <c>--seconds</c>, while a manager reads the first page of applications
/// <c>--reads</c> times a second. Prints p50, p99 and max of each and every answer that was not a success.
/// </summary>
public static class DeadlineRush
{
    public static async Task<int> RunAsync(FaultOptions options)
    {
        var run = await FaultRun.ReadAsync<FaultRun>(options.Text("state"));
        var seconds = options.Number("seconds", 60);
        var readsPerSecond = options.Number("reads", 20);
        var managerToken = options.Text("token");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(run.Url),
            Timeout = TimeSpan.FromSeconds(30),
        };

        var watch = Stopwatch.StartNew();
        var submissions = Spread(run.Submissions.Count, seconds, watch, i => SendAsync(http, HttpMethod.Post, $"/api/v1/applications/{run.Submissions[i].ApplicationId}/submit", run.Submissions[i].Token));
        var reads = Spread((int)(readsPerSecond * seconds), seconds, watch, _ => SendAsync(http, HttpMethod.Get, "/api/v1/applications?page=1&pageSize=50", managerToken));
        var submitted = await submissions;
        var read = await reads;

        Console.WriteLine($"{submitted.Length} submissions within {seconds:0} s (+ {read.Length} reads of the list page, {readsPerSecond:0}/s), {watch.Elapsed.TotalSeconds:0.0} s in all");
        var submitStats = Report("submit", submitted);
        Report("list page", read);
        var met = submitStats.P99 <= 50 && submitted.All(s => s.Ok) && read.All(r => r.Ok);
        Console.WriteLine($"target (submissions p99 <= 50 ms, no errors): {(met ? "met" : "NOT met")}");
        return 0;
    }

    /// <summary>Starts <paramref name="count"/> requests evenly over <paramref name="seconds"/>, each at its moment, without waiting for the earlier ones.</summary>
    private static async Task<Sample[]> Spread(int count, double seconds, Stopwatch watch, Func<int, Task<Sample>> send)
    {
        var pending = new List<Task<Sample>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(seconds * i / count);
            if (due > watch.Elapsed)
            {
                await Task.Delay(due - watch.Elapsed);
            }

            pending.Add(send(i));
        }

        return await Task.WhenAll(pending);
    }

    private static async Task<Sample> SendAsync(HttpClient http, HttpMethod method, string path, string token)
    {
        var started = Stopwatch.GetTimestamp();
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            return new Sample(Stopwatch.GetElapsedTime(started).TotalMilliseconds, response.IsSuccessStatusCode, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Sample(Stopwatch.GetElapsedTime(started).TotalMilliseconds, false, error.GetType().Name);
        }
    }

    private static (double P50, double P99) Report(string what, Sample[] samples)
    {
        var sorted = samples.Select(s => s.Milliseconds).Order().ToList();
        var (p50, p99) = (Percentile(sorted, 0.50), Percentile(sorted, 0.99));
        var failures = samples.Where(s => !s.Ok).GroupBy(s => s.Outcome).Select(g => $"{g.Key}: {g.Count()}");
        var errors = samples.Any(s => !s.Ok) ? string.Join(", ", failures) : "none";
        Console.WriteLine($"  {what,-10} n={samples.Length}: p50 {p50:0.0} ms, p99 {p99:0.0} ms, max {sorted[^1]:0.0} ms; errors: {errors}");
        return (p50, p99);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];

    private sealed record Sample(double Milliseconds, bool Ok, string Outcome);
}
