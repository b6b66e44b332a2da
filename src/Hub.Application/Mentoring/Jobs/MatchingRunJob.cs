using Hub.Application.Mentoring.Commands.ComputeMatchingRun;
using Mediator;

namespace Hub.Application.Mentoring.Jobs;

/// <summary>Computes one queued matching run.</summary>
public sealed class MatchingRunJob(ISender sender)
{
    public async Task RunAsync(Guid runId, CancellationToken cancellationToken) =>
        await sender.Send(new ComputeMatchingRunCommand(runId), cancellationToken);
}
