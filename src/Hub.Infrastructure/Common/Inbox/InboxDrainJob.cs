using Hangfire;

namespace Hub.Infrastructure.Common.Inbox;

/// <summary>Enqueued when the outbox drain fills an inbox, and every minute as the safety-net sweep.</summary>
internal sealed class InboxDrainJob(InboxDrainer drainer)
{
    public const string RecurringId = "inbox.sweep";
    public const string PurgeId = "inbox.purge";

    // Each message keeps its own retry schedule; a failed run must not be retried as a whole.
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken) => await drainer.DrainAsync(cancellationToken);

    /// <summary>Daily: handled messages are kept a fortnight for tracing, then deleted.</summary>
    public async Task PurgeAsync(CancellationToken cancellationToken) => await drainer.PurgeHandledAsync(TimeSpan.FromDays(14), cancellationToken);
}
