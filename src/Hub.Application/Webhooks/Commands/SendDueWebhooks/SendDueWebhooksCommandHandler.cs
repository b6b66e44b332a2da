using Hub.Application.Common.Jobs;
using Hub.Application.Common.Persistence;
using Hub.Application.Webhooks.Jobs;
using Hub.Application.Webhooks.Specifications;
using Hub.Domain.Webhooks.Deliveries;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Webhooks.Commands.SendDueWebhooks;

public sealed class SendDueWebhooksCommandHandler(IReadRepository<WebhookDelivery> deliveries, IBackgroundJobs jobs, IOptions<WebhooksOptions> options, TimeProvider clock)
    : ICommandHandler<SendDueWebhooksCommand, int>
{
    /// <summary>Per sweep; the rest waits a minute for the next.</summary>
    private const int MaxPerSweep = 200;

    public async ValueTask<int> Handle(SendDueWebhooksCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var overdue = await deliveries.ListAsync(new OverdueDeliveriesSpec(now - options.Value.SweepGrace, now, MaxPerSweep), cancellationToken);
        foreach (var delivery in overdue)
        {
            var id = delivery.Id.Value;
            jobs.Enqueue<WebhookDeliveryJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        return overdue.Count;
    }
}
