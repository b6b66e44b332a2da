using System.Linq.Expressions;

namespace Hub.Application.Common.Jobs;

/// <summary>Schedules thin job classes that send a command. Call only after the save has committed.</summary>
public interface IBackgroundJobs
{
    string Enqueue<TJob>(Expression<Func<TJob, Task>> job);

    string Schedule<TJob>(Expression<Func<TJob, Task>> job, DateTimeOffset runAt);
}
