namespace Hub.Application.Common.Jobs;

/// <summary>A job run on a schedule its module names (<c>module.RecurringJob&lt;TJob&gt;(id, cron)</c> in the module's installer).</summary>
public interface IRecurringJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
