using System.Collections.Concurrent;
using System.Diagnostics;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// The SQL statements Npgsql runs for the requests a client sends under the probe: the probe starts an activity and
/// sends its <c>traceparent</c> with the client's requests (the test server does not carry the caller's context), so
/// the request and every Npgsql command under it join the probe's trace, and background jobs of the host running
/// meanwhile do not count. Create it, send the request, read <see cref="Statements"/>.
/// </summary>
internal sealed class SqlStatementProbe : IDisposable
{
    private const string SourceName = "Hub.Api.Tests.SqlStatementProbe";
    private static readonly ActivitySource Source = new(SourceName);
    private readonly ConcurrentQueue<string> _statements = new();
    private readonly ActivityListener _listener;
    private readonly Activity? _probe;
    private readonly HttpClient _client;

    public SqlStatementProbe(HttpClient client)
    {
        _client = client;
        // The probe's source exists before the listener is added (a static field is made on first use), so it is heard.
        _ = Source.Name;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore" or SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
        _probe = Source.StartActivity("probe");
        if (_probe is null)
        {
            _listener.Dispose();
            throw new InvalidOperationException("The probe's activity did not start.");
        }

        _client.DefaultRequestHeaders.Add("traceparent", _probe.Id);
    }

    public IReadOnlyList<string> Statements => [.. _statements];

    public void Dispose()
    {
        _client.DefaultRequestHeaders.Remove("traceparent");
        _probe?.Dispose();
        _listener.Dispose();
    }

    // Runs inside Npgsql for every command of the process while the probe listens: it must never throw.
    private void Stopped(Activity activity)
    {
        if (activity.Source.Name == "Npgsql" && _probe is { } probe && activity.TraceId == probe.TraceId)
        {
            _statements.Enqueue((activity.GetTagItem("db.query.text") ?? activity.GetTagItem("db.statement"))?.ToString() ?? activity.DisplayName);
        }
    }
}
