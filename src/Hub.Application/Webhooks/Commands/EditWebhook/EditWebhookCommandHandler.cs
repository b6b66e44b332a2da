using Hub.Application.Common.Persistence;
using Hub.Domain.Webhooks.Subscriptions;
using Mediator;

namespace Hub.Application.Webhooks.Commands.EditWebhook;

public sealed class EditWebhookCommandHandler(IRepository<WebhookSubscription> subscriptions, IWebhookSecrets secrets, TimeProvider clock)
    : ICommandHandler<EditWebhookCommand, uint>
{
    public async ValueTask<uint> Handle(EditWebhookCommand command, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(command.Id, cancellationToken);
        subscription.EnsureVersion(command.ExpectedVersion);
        subscription.Edit(
            command.Url.Trim(), command.Events, command.Active, command.Secret is null ? null : secrets.Protect(command.Secret), clock.GetUtcNow());
        await subscriptions.SaveChangesAsync(cancellationToken);
        return subscription.Version;
    }
}
