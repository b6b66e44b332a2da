using Hub.Application.SeedCapital.Commands.AdvanceCall;
using Mediator;

namespace Hub.Application.SeedCapital.Jobs;

/// <summary>Scheduled for a call's opening and closing moments.</summary>
public sealed class CallDeadlineJob(ISender sender)
{
    public async Task RunAsync(Guid callId, CancellationToken cancellationToken) =>
        await sender.Send(new AdvanceCallCommand(callId), cancellationToken);
}
