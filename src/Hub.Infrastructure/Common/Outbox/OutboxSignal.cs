using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Infrastructure.Common.Outbox;

/// <summary>Wakes the outbox drain as soon as new messages are committed, so delivery does not wait for the sweep.</summary>
internal sealed class OutboxSignal(IServiceProvider services)
{
    // Resolved on use: design-time tools build DbContexts without a job store.
    public void MessagesSaved() =>
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<OutboxDrainJob>(job => job.RunAsync(CancellationToken.None));
}
