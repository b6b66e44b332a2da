using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Finds a host's delayed jobs and starts them now, for tests whose app clock is ahead of Hangfire's real one.</summary>
public static class HangfireTestExtensions
{
    /// <summary>The delayed jobs of <typeparamref name="TJob"/> still waiting in the host's job store whose call matches, soonest first.</summary>
    public static IReadOnlyList<ScheduledJob> ScheduledJobs<TJob>(this HubApiFactory factory, Func<Job, bool> match) =>
        [.. factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi().ScheduledJobs(0, 10_000)
            .Where(j => j.Value.Job is { } job && job.Type == typeof(TJob) && match(job))
            .Select(j => new ScheduledJob(j.Key, new DateTimeOffset(DateTime.SpecifyKind(j.Value.EnqueueAt, DateTimeKind.Utc))))
            .OrderBy(j => j.EnqueueAt)];

    /// <summary>Queues a delayed job now, as the scheduler would at its moment; fails when the job is no longer scheduled.</summary>
    public static void StartNow(this HubApiFactory factory, ScheduledJob job) =>
        Assert.True(
            factory.Services.GetRequiredService<IBackgroundJobClient>().Requeue(job.Id, ScheduledState.StateName),
            $"Job {job.Id} was no longer waiting for its moment.");
}
