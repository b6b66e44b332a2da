namespace Hub.Application.Common.Jobs;

/// <summary>A job run on a schedule given by its <see cref="RecurringJobAttribute"/>.</summary>
public interface IRecurringJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
