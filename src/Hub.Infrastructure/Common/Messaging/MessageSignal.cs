using Hangfire;
using Hub.Infrastructure.Common.Inbox;
using Hub.Infrastructure.Common.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Messaging;

/// <summary>
/// Wakes the outbox or inbox drain as soon as new messages are committed, so delivery does not wait for the
/// sweep. Called after the commit: should the job store fail here, the change is saved all the same and the
/// every-minute sweep delivers the messages, so the failure is logged, never thrown.
/// </summary>
internal sealed partial class MessageSignal(IServiceProvider services, ILogger<MessageSignal> logger)
{
    public void OutboxWritten() => Enqueue<OutboxDrainJob>(job => job.RunAsync(CancellationToken.None));

    public void InboxWritten() => Enqueue<InboxDrainJob>(job => job.RunAsync(CancellationToken.None));

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
}
