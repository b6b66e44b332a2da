using Hub.Application.Common.Messaging;
using Hub.Application.SeedCapital.Contracts;
using Hub.Application.Webhooks.Commands.RecordWebhookEvent;
using Hub.Application.Webhooks.Payloads;
using Hub.Domain.Webhooks;
using Mediator;

namespace Hub.Application.Webhooks.IntegrationEventHandlers;

public sealed class CallAwardedWebhookHandler(ISender sender) : IIntegrationEventHandler<CallAwardedIntegrationEvent>
{
    public async ValueTask Handle(CallAwardedIntegrationEvent e, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordWebhookEventCommand(
                e.EventId,
                WebhookEventTypes.CallAwarded,
                e.OccurredAt,
                new CallAwardedData(
                    e.CallId,
                    e.Title,
                    e.Kind,
                    new WebhookMoney(e.TotalAwarded, e.Currency),
                    new WebhookMoney(e.Remaining, e.Currency),
                    [.. e.Grants.Select(g => new CallAwardedGrantData(g.ProposalId, g.Rank, new WebhookMoney(g.Amount, e.Currency)))])),
            cancellationToken);
}
