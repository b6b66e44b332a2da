using Hangfire;

namespace Hub.Infrastructure.Common.Outbox;

/// <summary>Enqueued after each save that wrote outbox rows, and every minute as the safety-net sweep.</summary>
internal sealed class OutboxDrainJob(OutboxDrainer drainer)
{
    public const string RecurringId = "outbox.sweep";
    public const string PurgeId = "outbox.purge";

    // Each message keeps its own retry schedule; a failed run must not be retried as a whole.
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken) => await drainer.DrainAsync(cancellationToken);

    /// <summary>Daily: delivered messages are kept a fortnight for tracing, then deleted.</summary>
    public async Task PurgeAsync(CancellationToken cancellationToken) => await drainer.PurgeDeliveredAsync(TimeSpan.FromDays(14), cancellationToken);
}
