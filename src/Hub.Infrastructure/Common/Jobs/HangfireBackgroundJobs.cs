using System.Linq.Expressions;
using Hangfire;
using Hub.Application.Common.Jobs;

namespace Hub.Infrastructure.Common.Jobs;

internal sealed class HangfireBackgroundJobs(IBackgroundJobClient client) : IBackgroundJobs
{
    public string Enqueue<TJob>(Expression<Func<TJob, Task>> job) => client.Enqueue(job);

    public string Schedule<TJob>(Expression<Func<TJob, Task>> job, DateTimeOffset runAt) => client.Schedule(job, runAt);
}
