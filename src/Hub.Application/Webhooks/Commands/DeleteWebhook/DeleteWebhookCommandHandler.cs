using Hub.Application.Common.Persistence;
using Hub.Application.Webhooks.Specifications;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Mediator;

namespace Hub.Application.Webhooks.Commands.DeleteWebhook;

public sealed class DeleteWebhookCommandHandler(IRepository<WebhookSubscription> subscriptions, IRepository<WebhookDelivery> deliveries)
    : ICommandHandler<DeleteWebhookCommand>
{
    public async ValueTask<Unit> Handle(DeleteWebhookCommand command, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(command.Id, cancellationToken);
        await deliveries.DeleteRangeAsync(new DeliveriesOfSubscriptionSpec(subscription.Id), cancellationToken);
        await subscriptions.DeleteAsync(subscription, cancellationToken);
        return Unit.Value;
    }
}
