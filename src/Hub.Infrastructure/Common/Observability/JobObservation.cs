using System.Diagnostics;
using Hangfire.Server;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Observability;

/// <summary>
/// Around each background job this instance performs: a span (<c>job Type.Method</c>) and a log scope with the
/// Hangfire job id, so every line a job logs carries its correlation id, whichever instance ran it.
/// </summary>
internal sealed class JobObservation(ILoggerFactory loggers) : IServerFilter
{
    private const string Key = "hub.observation";

    private readonly ILogger _logger = loggers.CreateLogger("Hub.Jobs");

    public void OnPerforming(PerformingContext context)
    {
        var job = context.BackgroundJob;
        var name = $"{job.Job.Type.Name}.{job.Job.Method.Name}";
        var activity = HubTelemetry.Source.StartActivity($"job {name}");
        activity?.SetTag("hangfire.job.id", job.Id);
        var scope = _logger.BeginScope(new Dictionary<string, object?> { ["JobId"] = job.Id, ["Job"] = name });
        context.Items[Key] = new Observed(activity, scope);
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(Key, out var value) && value is Observed observed)
        {
            if (context.Exception is not null)
            {
                observed.Activity?.SetStatus(ActivityStatusCode.Error, context.Exception.GetType().Name);
            }

            observed.Scope?.Dispose();
            observed.Activity?.Dispose();
        }

        HubTelemetry.JobsRun.Add(1);
    }

    private sealed record Observed(Activity? Activity, IDisposable? Scope);
}
