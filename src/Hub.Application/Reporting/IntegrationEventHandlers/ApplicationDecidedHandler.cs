using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Application.Reporting.Commands.RecordFacts;
using Hub.Application.Reporting.Commands.RecordPerson;
using Hub.Domain.Reporting;
using Mediator;

namespace Hub.Application.Reporting.IntegrationEventHandlers;

/// <summary>An application was decided: its status (Accepted, Rejected or Waitlisted) and the founder's attributes.</summary>
public sealed class ApplicationDecidedHandler(ISender sender, TimeProvider clock) : IIntegrationEventHandler<ApplicationDecidedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationDecidedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var at = Facts.When(integrationEvent.OccurredAt, clock);
        if (integrationEvent.Gender is not null || integrationEvent.BirthYear is not null || integrationEvent.Soum is not null)
        {
            await sender.Send(new RecordPersonCommand(new ReportedPerson(integrationEvent.FounderUserId, integrationEvent.Gender, integrationEvent.BirthYear, integrationEvent.Soum, at)), cancellationToken);
        }

        var status = integrationEvent.Decision switch
        {
            "Accept" => "Accepted",
            "Reject" => "Rejected",
            "Waitlist" => "Waitlisted",
            var other => other,
        };
        await sender.Send(
            new RecordFactsCommand([Facts.Of(FactKinds.Application, integrationEvent.ApplicationId, string.Empty, integrationEvent.FounderUserId, null, integrationEvent.IntakeId, status, 1, at, at)]),
            cancellationToken);
    }
}
