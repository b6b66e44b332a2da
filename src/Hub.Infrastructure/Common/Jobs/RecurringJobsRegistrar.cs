using Hangfire;
using Hub.Application.Common.Jobs;
using Hub.Infrastructure.Common.Idempotency;
using Hub.Infrastructure.Common.Inbox;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Common.Outbox;
using Hub.Infrastructure.Common.Startup;

namespace Hub.Infrastructure.Common.Jobs;

/// <summary>Registers the outbox and inbox sweeps and purges, and the recurring jobs the modules named, at start-up.</summary>
internal sealed class RecurringJobsRegistrar(IRecurringJobManager recurringJobs, ModuleCatalog modules) : IStartupTask
{
    private static readonly System.Reflection.MethodInfo RunAsync = typeof(IRecurringJob).GetMethod(nameof(IRecurringJob.RunAsync))!;

    public int Order => 300;

    Task IStartupTask.RunAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<OutboxDrainJob>(OutboxDrainJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        recurringJobs.AddOrUpdate<OutboxDrainJob>(OutboxDrainJob.PurgeId, job => job.PurgeAsync(CancellationToken.None), Cron.Daily(3));
        recurringJobs.AddOrUpdate<InboxDrainJob>(InboxDrainJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        recurringJobs.AddOrUpdate<InboxDrainJob>(InboxDrainJob.PurgeId, job => job.PurgeAsync(CancellationToken.None), Cron.Daily(3));
        recurringJobs.AddOrUpdate<IdempotencyPurgeJob>(IdempotencyPurgeJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Hourly());

        foreach (var job in modules.Modules.SelectMany(m => m.RecurringJobs))
        {
            // Stored with the job's own type, so the scope that runs it resolves the class the module registered.
            var run = new Hangfire.Common.Job(job.JobType, RunAsync, CancellationToken.None);
            recurringJobs.AddOrUpdate(job.Id, run, job.Cron, new RecurringJobOptions());
        }

        return Task.CompletedTask;
    }
}
