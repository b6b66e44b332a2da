using Hub.Application.Common.Jobs;
using Hub.Application.SeedCapital.Commands.AdvanceDueCalls;
using Mediator;

namespace Hub.Application.SeedCapital.Jobs;

/// <summary>Every minute, catches any call whose deadline job was lost.</summary>
public sealed class CallSweepJob(ISender sender) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new AdvanceDueCallsCommand(), cancellationToken);
}
