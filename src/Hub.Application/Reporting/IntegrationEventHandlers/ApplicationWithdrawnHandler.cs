using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Application.Reporting.Commands.RecordFacts;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.IntegrationEventHandlers;

public sealed class ApplicationWithdrawnHandler(ISender sender, TimeProvider clock) : IIntegrationEventHandler<ApplicationWithdrawnIntegrationEvent>
{
    public async ValueTask Handle(ApplicationWithdrawnIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var at = Facts.When(integrationEvent.OccurredAt, clock);
        await sender.Send(
            new RecordFactsCommand([Facts.Of(FactKinds.Application, integrationEvent.ApplicationId, string.Empty, integrationEvent.FounderUserId, null, integrationEvent.IntakeId, "Withdrawn", 1, at, at)]),
            cancellationToken);
    }
}
