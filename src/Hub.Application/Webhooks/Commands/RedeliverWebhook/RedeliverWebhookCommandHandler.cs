using Hub.Application.Common.Persistence;
using Hub.Domain.Webhooks.Deliveries;
using Mediator;

namespace Hub.Application.Webhooks.Commands.RedeliverWebhook;

public sealed class RedeliverWebhookCommandHandler(IRepository<WebhookDelivery> deliveries, IWebhookDeliveryQueue queue, TimeProvider clock)
    : ICommandHandler<RedeliverWebhookCommand>
{
    public async ValueTask<Unit> Handle(RedeliverWebhookCommand command, CancellationToken cancellationToken)
    {
        var delivery = await deliveries.GetOfAsync(command.SubscriptionId, command.DeliveryId, cancellationToken);
        delivery.Redeliver(clock.GetUtcNow());
        await deliveries.SaveChangesAsync(cancellationToken);
        queue.SendWhenCommitted([delivery.Id.Value]);
        return Unit.Value;
    }
}
