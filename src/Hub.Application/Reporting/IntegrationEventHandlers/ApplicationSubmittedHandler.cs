using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Application.Reporting.Commands.RecordFacts;
using Hub.Application.Reporting.Commands.RecordPerson;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.IntegrationEventHandlers;

/// <summary>An application arrived: the founder's anonymous attributes and the application's status.</summary>
public sealed class ApplicationSubmittedHandler(ISender sender, TimeProvider clock) : IIntegrationEventHandler<ApplicationSubmittedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationSubmittedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var at = Facts.When(integrationEvent.OccurredAt, clock);
        await sender.Send(new RecordPersonCommand(new ReportedPerson(integrationEvent.FounderUserId, integrationEvent.Gender, integrationEvent.BirthYear, integrationEvent.Soum, at)), cancellationToken);
        await sender.Send(
            new RecordFactsCommand([Facts.Of(FactKinds.Application, integrationEvent.ApplicationId, string.Empty, integrationEvent.FounderUserId, null, integrationEvent.IntakeId, "Submitted", 1, at, at)]),
            cancellationToken);
    }
}
