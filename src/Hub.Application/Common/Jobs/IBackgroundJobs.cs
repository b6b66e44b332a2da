using System.Linq.Expressions;

namespace Hub.Application.Common.Jobs;

/// <summary>Schedules thin job classes that send a command. Call only after the save has committed.</summary>
public interface IBackgroundJobs
{
    string Enqueue<TJob>(Expression<Func<TJob, Task>> job);

    /// <summary>Runs the job once <paramref name="runAt"/> has come, never before it.</summary>
    string Schedule<TJob>(Expression<Func<TJob, Task>> job, DateTimeOffset runAt);
}
