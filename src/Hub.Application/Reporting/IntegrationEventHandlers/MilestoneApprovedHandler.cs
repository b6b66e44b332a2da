using Hub.Application.Common.Messaging;
using Hub.Application.Reporting.Commands.RecordFacts;
using Hub.Application.SeedCapital.Contracts;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.IntegrationEventHandlers;

/// <summary>The jobs a grantee reported with an approved milestone: one fact per grant and tranche, in the period it was reported.</summary>
public sealed class MilestoneApprovedHandler(ISender sender, TimeProvider clock) : IIntegrationEventHandler<MilestoneApprovedIntegrationEvent>
{
    public async ValueTask Handle(MilestoneApprovedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var approvedAt = Facts.When(integrationEvent.OccurredAt, clock);
        await sender.Send(
            new RecordFactsCommand(
            [
                Facts.Of(
                    FactKinds.JobsCreated,
                    integrationEvent.GrantId,
                    $":{integrationEvent.Number}",
                    integrationEvent.FounderUserId,
                    null,
                    integrationEvent.GrantId,
                    string.Empty,
                    integrationEvent.JobsCreated,
                    integrationEvent.ReportedAt == default ? approvedAt : integrationEvent.ReportedAt,
                    approvedAt),
            ]),
            cancellationToken);
    }
}
