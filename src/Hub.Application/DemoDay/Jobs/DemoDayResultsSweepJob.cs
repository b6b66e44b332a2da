using Hub.Application.Common.Jobs;
using Hub.Application.DemoDay.Commands.ComputeResults;
using Mediator;

namespace Hub.Application.DemoDay.Jobs;

/// <summary>Every minute, computes the results of any closed Demo Day whose job was lost.</summary>
public sealed class DemoDayResultsSweepJob(ISender sender) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new ComputePendingResultsCommand(), cancellationToken);
}
