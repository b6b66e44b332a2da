using System.Diagnostics;
using System.Net;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// Sends cases 0…count−1 of a generator, each as its caller, checks every answer and records the ids of what a 201
/// created. Cases go out in order, <c>concurrency</c> at a time. <c>leaveOutKnownDefects</c> (the in-process sample)
/// leaves out the cases a known defect covers in that host; otherwise they are sent and their violations labelled.
/// </summary>
public static class FuzzRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<FuzzReport> RunAsync(
        FuzzGenerator generator,
        FuzzCallers callers,
        FuzzIds ids,
        int count,
        bool leaveOutKnownDefects,
        bool inProcess,
        int concurrency = 1,
        Action<int>? progress = null)
    {
        var report = new FuzzReport(generator.Seed);
        var watch = Stopwatch.StartNew();
        using var slots = new SemaphoreSlim(Math.Max(1, concurrency));
        var running = new List<Task>();
        for (var index = 0; index < count; index++)
        {
            var fuzzCase = generator.Generate(index);
            var known = FuzzKnownDefects.Covering(fuzzCase, inProcess);
            if (known is not null && leaveOutKnownDefects)
            {
                report.Skip($"{known.Name}: {known.Description}");
                continue;
            }

            await slots.WaitAsync();
            running.Add(SendAsync(fuzzCase, callers[fuzzCase.Caller], ids, report, known?.Name).ContinueWith(_ => slots.Release(), TaskScheduler.Default));
            running.RemoveAll(t => t.IsCompleted);
            if ((index + 1) % 1000 == 0)
            {
                progress?.Invoke(index + 1);
            }
        }

        await Task.WhenAll(running);
        report.Elapsed = watch.Elapsed;
        return report;
    }

    private static async Task SendAsync(FuzzCase fuzzCase, HttpClient client, FuzzIds ids, FuzzReport report, string? knownDefect)
    {
        using var request = fuzzCase.ToRequest();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            using var response = await client.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.Created)
            {
                ids.AddFromLocation(response.Headers.Location);
            }

            report.Record(fuzzCase, status, FuzzResponseInspector.Check(status, response.Content.Headers.ContentType?.MediaType, body), body, knownDefect);
        }
#pragma warning disable CA1031 // Whatever the app or the transport throws is a finding to report, not a reason to stop fuzzing.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            report.Record(fuzzCase, 0, [$"no answer: {exception.GetType().Name}: {exception.Message}"], [], knownDefect);
        }
    }
}
