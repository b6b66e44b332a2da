using Hub.Application.Common.Messaging;
using Hub.Application.Reporting.Commands.RecordFacts;
using Hub.Application.SeedCapital.Contracts;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.IntegrationEventHandlers;

/// <summary>One grant fact per funded proposal: the call's kind tells seed grants from pilot projects.</summary>
public sealed class CallAwardedHandler(ISender sender, TimeProvider clock) : IIntegrationEventHandler<CallAwardedIntegrationEvent>
{
    public async ValueTask Handle(CallAwardedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var at = Facts.When(integrationEvent.OccurredAt, clock);
        await sender.Send(
            new RecordFactsCommand(
            [
                .. integrationEvent.Grants.Select(g => Facts.Of(
                    FactKinds.Grant, g.ProposalId, string.Empty, g.FounderUserId, null, integrationEvent.CallId, integrationEvent.Kind, g.Amount, at, at,
                    g.AmountMnt ?? (integrationEvent.Currency == "MNT" ? g.Amount : null),
                    g.AmountEur ?? (integrationEvent.Currency == "EUR" ? g.Amount : null))),
            ]),
            cancellationToken);
    }
}
