using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Application.Mentoring.Commands.RecordMentee;
using Mediator;

namespace Hub.Application.Mentoring.IntegrationEventHandlers;

/// <summary>An accepted founder becomes someone Mentoring can match.</summary>
public sealed class RecordAcceptedMenteeHandler(ISender sender) : IIntegrationEventHandler<ApplicationAcceptedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationAcceptedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(
            new RecordMenteeCommand(
                integrationEvent.ApplicationId,
                integrationEvent.IntakeId,
                integrationEvent.FounderUserId,
                integrationEvent.FounderFullName,
                integrationEvent.VentureName,
                integrationEvent.Sector,
                integrationEvent.Languages,
                integrationEvent.OccurredAt),
            cancellationToken);
}
