using Hub.Application.Common.Jobs;
using Hub.Application.Webhooks.Commands.SendDueWebhooks;
using Mediator;

namespace Hub.Application.Webhooks.Jobs;

/// <summary>Every minute, sends the attempts whose job was lost.</summary>
public sealed class WebhookSweepJob(ISender sender) : IRecurringJob
{
    public async Task RunAsync(CancellationToken cancellationToken) =>
        await sender.Send(new SendDueWebhooksCommand(), cancellationToken);
}
