using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Hub.Infrastructure.Common.Observability;

/// <summary>
/// The hub's own spans and counters, around background jobs and message delivery. With no listener (no OTLP endpoint
/// configured) <see cref="ActivitySource.StartActivity(string, ActivityKind)"/> answers null and the counters drop their values.
/// </summary>
public static class HubTelemetry
{
    public const string Name = "Hub";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> JobsRun = Meter.CreateCounter<long>("hub.jobs.run", description: "Background jobs performed by this instance");

    public static readonly Counter<long> MessageAttempts = Meter.CreateCounter<long>("hub.messages.attempts", description: "Outbox and inbox message deliveries this instance attempted");
}
