using Hub.Application.Common.Jobs;
using Hub.Application.Common.Persistence;
using Hub.Application.DemoDay.Jobs;
using Hub.Domain.DemoDay.Editions;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Hub.Application.DemoDay.Commands.CloseDemoDay;

public sealed partial class CloseDemoDayCommandHandler(
    IRepository<DemoDayEdition> days,
    IBackgroundJobs jobs,
    TimeProvider clock,
    ILogger<CloseDemoDayCommandHandler> logger) : ICommandHandler<CloseDemoDayCommand, string>
{
    public async ValueTask<string> Handle(CloseDemoDayCommand command, CancellationToken cancellationToken)
    {
        var day = await days.GetAsync(command.DemoDayId, cancellationToken);
        day.EnsureVersion(command.ExpectedVersion);
        day.Close(clock.GetUtcNow());
        await days.SaveChangesAsync(cancellationToken);

        // After the commit; should the job store fail, the sweep picks up queued results within a minute.
        var id = day.Id.Value;
        try
        {
            jobs.Enqueue<DemoDayResultsJob>(job => job.RunAsync(id, CancellationToken.None));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogEnqueueFailed(logger, error, id);
        }

        return day.ResultsStatus!.Value.ToString();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not queue the results of Demo Day {DemoDayId}; the sweep will compute them")]
    private static partial void LogEnqueueFailed(ILogger logger, Exception error, Guid demoDayId);
}
