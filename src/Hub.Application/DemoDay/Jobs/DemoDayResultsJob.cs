using Hub.Application.DemoDay.Commands.ComputeResults;
using Mediator;

namespace Hub.Application.DemoDay.Jobs;

/// <summary>Queued when a Demo Day closes: computes its results.</summary>
public sealed class DemoDayResultsJob(ISender sender)
{
    public async Task RunAsync(Guid demoDayId, CancellationToken cancellationToken) =>
        await sender.Send(new ComputeResultsCommand(demoDayId), cancellationToken);
}
