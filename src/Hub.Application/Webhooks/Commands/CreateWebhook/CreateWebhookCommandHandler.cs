using Hub.Application.Common.Persistence;
using Hub.Domain.Webhooks.Subscriptions;
using Mediator;

namespace Hub.Application.Webhooks.Commands.CreateWebhook;

public sealed class CreateWebhookCommandHandler(IRepository<WebhookSubscription> subscriptions, IWebhookSecrets secrets, TimeProvider clock)
    : ICommandHandler<CreateWebhookCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateWebhookCommand command, CancellationToken cancellationToken)
    {
        var subscription = WebhookSubscription.Create(command.Url.Trim(), command.Events, secrets.Protect(command.Secret), clock.GetUtcNow());
        await subscriptions.AddAsync(subscription, cancellationToken);
        return subscription.Id.Value;
    }
}
