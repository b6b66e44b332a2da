using Hub.Application.Common.Jobs;
using Hub.Application.Common.Persistence;
using Hub.Application.Webhooks.Jobs;
using Hub.Domain.Webhooks;
using Hub.Domain.Webhooks.Deliveries;
using Hub.Domain.Webhooks.Subscriptions;
using Mediator;
using Microsoft.Extensions.Options;

namespace Hub.Application.Webhooks.Commands.SendWebhookAttempt;

public sealed class SendWebhookAttemptCommandHandler(
    IRepository<WebhookDelivery> deliveries,
    IRepository<WebhookSubscription> subscriptions,
    IWebhookDeliveryClaims claims,
    IWebhookTransport transport,
    IWebhookSecrets secrets,
    IBackgroundJobs jobs,
    FailingSubscriptionCheck failingCheck,
    IOptions<WebhooksOptions> options,
    TimeProvider clock) : ICommandHandler<SendWebhookAttemptCommand>
{
    public async ValueTask<Unit> Handle(SendWebhookAttemptCommand command, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var id = WebhookDeliveryId.From(command.DeliveryId);
        var claimedAt = clock.GetUtcNow();
        if (!await claims.TryClaimAsync(id, claimedAt, claimedAt + settings.ClaimDuration, cancellationToken))
        {
            return Unit.Value;
        }

        var delivery = await deliveries.GetByIdAsync(id, cancellationToken);
        var subscription = delivery is null ? null : await subscriptions.GetByIdAsync(delivery.SubscriptionId, cancellationToken);
        if (delivery is null || subscription is null)
        {
            return Unit.Value;
        }

        var startedAt = clock.GetUtcNow();
        var result = await transport.PostAsync(Post(delivery, subscription), cancellationToken);
        delivery.RecordAttempt(startedAt, result, settings.Schedule(), clock.GetUtcNow());
        await deliveries.SaveChangesAsync(cancellationToken);

        if (delivery is { Status: DeliveryStatus.Pending, NextAttemptAt: { } next })
        {
            // Should the job store fail here, the sweep sends the attempt once it is overdue.
            jobs.Schedule<WebhookDeliveryJob>(job => job.RunAsync(command.DeliveryId, CancellationToken.None), next);
        }
        else if (delivery.Status == DeliveryStatus.Failed)
        {
            await failingCheck.DisableIfFailingAsync(subscription, cancellationToken);
        }

        return Unit.Value;
    }

    private WebhookPost Post(WebhookDelivery delivery, WebhookSubscription subscription)
    {
        var signature = WebhookSignature.Compute(secrets.Unprotect(subscription.ProtectedSecret), System.Text.Encoding.UTF8.GetBytes(delivery.Body));
        return new WebhookPost(
            subscription.Url,
            delivery.Body,
            new Dictionary<string, string>
            {
                [WebhookHeaders.Signature] = signature,
                [WebhookHeaders.Event] = delivery.EventType,
                [WebhookHeaders.Delivery] = delivery.Id.Value.ToString(),
            });
    }
}
