using Hub.Application.Common.Messaging;
using Hub.Application.DemoDay.Contracts;
using Hub.Application.Webhooks.Commands.RecordWebhookEvent;
using Hub.Application.Webhooks.Payloads;
using Hub.Domain.Webhooks;
using Mediator;

namespace Hub.Application.Webhooks.IntegrationEventHandlers;

public sealed class ResultsPublishedWebhookHandler(ISender sender) : IIntegrationEventHandler<DemoDayResultsPublishedIntegrationEvent>
{
    public async ValueTask Handle(DemoDayResultsPublishedIntegrationEvent e, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordWebhookEventCommand(
                e.EventId,
                WebhookEventTypes.DemoDayResultsPublished,
                e.OccurredAt,
                new ResultsPublishedData(
                    e.DemoDayId,
                    e.Name,
                    e.HeldOn,
                    [.. e.Pitches.Select(p => new ResultsPublishedPitchData(p.PitchId, p.ApplicationId, p.VentureName, p.Rank, p.NormalizedScore, p.RawMean, p.JudgeCount, p.Awards))])),
            cancellationToken);
}
