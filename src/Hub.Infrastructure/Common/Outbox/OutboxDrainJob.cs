using Hangfire;

namespace Hub.Infrastructure.Common.Outbox;

/// <summary>Enqueued after each save that wrote outbox rows, and every minute as the safety-net sweep.</summary>
internal sealed class OutboxDrainJob(OutboxDrainer drainer)
{
    public const string RecurringId = "outbox.sweep";

    // Each message keeps its own retry schedule; a failed run must not be retried as a whole.
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken) => await drainer.DrainAsync(cancellationToken);
}
