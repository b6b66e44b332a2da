using System.Linq.Expressions;
using Hangfire;
using Hub.Application.Common.Jobs;

namespace Hub.Infrastructure.Common.Jobs;

internal sealed class HangfireBackgroundJobs(IBackgroundJobClient client) : IBackgroundJobs
{
    public string Enqueue<TJob>(Expression<Func<TJob, Task>> job) => client.Enqueue(job);

    /// <remarks>
    /// Hangfire keeps a delayed job's time in whole seconds and may start it up to a second before it: the job is
    /// asked for at the next whole second, so it never starts before <paramref name="runAt"/>.
    /// </remarks>
    public string Schedule<TJob>(Expression<Func<TJob, Task>> job, DateTimeOffset runAt) => client.Schedule(job, NextWholeSecond(runAt));

    private static DateTimeOffset NextWholeSecond(DateTimeOffset moment) =>
        new(moment.Ticks - (moment.Ticks % TimeSpan.TicksPerSecond) + TimeSpan.TicksPerSecond, moment.Offset);
}
