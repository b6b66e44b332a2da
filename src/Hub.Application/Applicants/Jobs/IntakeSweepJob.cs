using Hub.Application.Applicants.Commands.AdvanceDueIntakes;
using Hub.Application.Common.Jobs;
using Mediator;

namespace Hub.Application.Applicants.Jobs;

/// <summary>Every minute, catches any intake whose deadline job was lost.</summary>
public sealed class IntakeSweepJob(ISender sender) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new AdvanceDueIntakesCommand(), cancellationToken);
}
