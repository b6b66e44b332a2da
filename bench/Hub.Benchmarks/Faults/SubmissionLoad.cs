using System.Diagnostics;
using System.Net.Http.Headers;

namespace Hub.Benchmarks.Faults;

/// <summary>
/// The load: every prepared draft is submitted once, all at once or at a steady rate. Once <c>--fault-after</c>
/// submissions have been acknowledged it writes the <c>--marker</c> file, on which the fault script kills the app or
/// restarts PostgreSQL while the rest are still under way. Nothing is retried: each outcome is what a client saw.
/// </summary>
public static class SubmissionLoad
{
    public static async Task<int> RunAsync(FaultOptions options)
    {
        var run = await FaultRun.ReadAsync<FaultRun>(options.Text("state"));
        var rate = options.Number("rate", 0);
        var faultAfter = (int)options.Number("fault-after", int.MaxValue);
        var marker = options.TextOrNull("marker");
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue })
        {
            BaseAddress = new Uri(run.Url),
            Timeout = TimeSpan.FromSeconds(60),
        };

        var acknowledged = 0;
        var watch = Stopwatch.StartNew();
        var pending = new List<Task<SubmissionOutcome>>(run.Submissions.Count);
        for (var i = 0; i < run.Submissions.Count; i++)
        {
            if (rate > 0 && watch.Elapsed.TotalSeconds < i / rate)
            {
                await Task.Delay(TimeSpan.FromSeconds(i / rate) - watch.Elapsed);
            }

            pending.Add(SubmitAsync(run.Submissions[i]));
        }

        var outcomes = await Task.WhenAll(pending);
        await FaultRun.WriteAsync(options.Text("out"), outcomes);
        Console.WriteLine($"submitted {outcomes.Length} in {watch.Elapsed.TotalSeconds:0.0} s: {outcomes.Count(o => o.Acknowledged)} acknowledged");
        return 0;

        async Task<SubmissionOutcome> SubmitAsync(PreparedSubmission submission)
        {
            var started = Stopwatch.GetTimestamp();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/applications/{submission.ApplicationId}/submit");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", submission.Token);
            SubmissionOutcome outcome;
            try
            {
                using var response = await http.SendAsync(request);
                outcome = new SubmissionOutcome(submission.ApplicationId, (int)response.StatusCode, null, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException or IOException)
            {
                outcome = new SubmissionOutcome(submission.ApplicationId, null, error.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            if (outcome.Acknowledged && Interlocked.Increment(ref acknowledged) == faultAfter && marker is not null)
            {
                await File.WriteAllTextAsync(marker, $"{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}\n");
            }

            return outcome;
        }
    }
}
