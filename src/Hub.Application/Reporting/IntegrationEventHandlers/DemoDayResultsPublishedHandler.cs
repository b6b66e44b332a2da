using Hub.Application.Common.Messaging;
using Hub.Application.DemoDay.Contracts;
using Hub.Application.Reporting.Commands.RecordFacts;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.IntegrationEventHandlers;

/// <summary>One pitch fact per published pitch, with its awards (a Demo Day with an award is an EU-DIEH Awards night).</summary>
public sealed class DemoDayResultsPublishedHandler(ISender sender, TimeProvider clock) : IIntegrationEventHandler<DemoDayResultsPublishedIntegrationEvent>
{
    public async ValueTask Handle(DemoDayResultsPublishedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var recordedAt = Facts.When(integrationEvent.OccurredAt, clock);
        var heldAt = new DateTimeOffset(integrationEvent.HeldOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await sender.Send(
            new RecordFactsCommand(
            [
                .. integrationEvent.Pitches.Select(p => Facts.Of(
                    FactKinds.Pitch, p.PitchId, string.Empty, p.FounderUserId, p.ApplicationId, integrationEvent.DemoDayId, string.Join("; ", p.Awards), p.Awards.Count, heldAt, recordedAt)),
            ]),
            cancellationToken);
    }
}
