using System.Reflection;
using Hangfire;
using Hub.Application.Common.Jobs;
using Hub.Infrastructure.Common.Outbox;
using Hub.Infrastructure.Common.Startup;

namespace Hub.Infrastructure.Common.Jobs;

/// <summary>Registers the outbox sweep and every <see cref="IRecurringJob"/> of the application at start-up.</summary>
internal sealed class RecurringJobsRegistrar(IRecurringJobManager recurringJobs) : IStartupTask
{
    public int Order => 300;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        recurringJobs.AddOrUpdate<OutboxDrainJob>(OutboxDrainJob.RecurringId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        recurringJobs.AddOrUpdate<OutboxDrainJob>(OutboxDrainJob.PurgeId, job => job.PurgeAsync(CancellationToken.None), Cron.Daily(3));

        var register = typeof(RecurringJobsRegistrar).GetMethod(nameof(Register), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var jobType in typeof(IRecurringJob).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRecurringJob).IsAssignableFrom(t)))
        {
            var schedule = jobType.GetCustomAttribute<RecurringJobAttribute>()
                ?? throw new InvalidOperationException($"{jobType.Name} is a recurring job without a [RecurringJob] schedule.");
            register.MakeGenericMethod(jobType).Invoke(this, [schedule]);
        }

        return Task.CompletedTask;
    }

    private void Register<TJob>(RecurringJobAttribute schedule)
        where TJob : IRecurringJob =>
        recurringJobs.AddOrUpdate<TJob>(schedule.Id, job => job.RunAsync(CancellationToken.None), schedule.Cron);
}
