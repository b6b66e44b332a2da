using Hangfire;
using Hub.Infrastructure.Common.Inbox;
using Hub.Infrastructure.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Messaging;

/// <summary>
/// Wakes the outbox or inbox drain as soon as new messages are committed, so delivery does not wait for the
/// sweep. Called after the commit: should the job store fail here, the change is saved all the same and the
/// every-minute sweep delivers the messages, so the failure is logged, never thrown. The job is enqueued off the
/// request's path (a commit of its own in the job store, which the client need not wait for), and signals that come
/// while one is waiting to be sent are folded into it: that one is sent after their commits, so its drain sees them.
/// </summary>
internal sealed partial class MessageSignal(IServiceProvider services, ILogger<MessageSignal> logger)
{
    private readonly Coalesced _outbox = new();
    private readonly Coalesced _inbox = new();

    public void OutboxWritten() => Send(_outbox, () => Enqueue<OutboxDrainJob>(job => job.RunAsync(CancellationToken.None)));

    public void InboxWritten() => Send(_inbox, () => Enqueue<InboxDrainJob>(job => job.RunAsync(CancellationToken.None)));

    private static void Send(Coalesced pending, Action enqueue)
    {
        if (Interlocked.Exchange(ref pending.Waiting, 1) == 1)
        {
            return;
        }

        ThreadPool.QueueUserWorkItem(_ =>
        {
            // Cleared before sending: a commit after this point signals again, one before it is covered by this send.
            Volatile.Write(ref pending.Waiting, 0);
            enqueue();
        });
    }

    private void Enqueue<TJob>(System.Linq.Expressions.Expression<Func<TJob, Task>> job)
    {
        try
        {
            // Resolved on use: design-time tools build DbContexts without a job store.
            services.GetRequiredService<IBackgroundJobClient>().Enqueue(job);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogSignalFailed(logger, error, typeof(TJob).Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue {Job} after a commit; the every-minute sweep will deliver the messages")]
    private static partial void LogSignalFailed(ILogger logger, Exception error, string job);

    /// <summary>1 while a send is queued and has not started.</summary>
    private sealed class Coalesced
    {
        public int Waiting;
    }
}
