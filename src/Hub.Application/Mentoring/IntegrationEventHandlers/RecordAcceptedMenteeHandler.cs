using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Application.Mentoring.Commands.ErasePersonalData;
using Hub.Application.Mentoring.Commands.RecordMentee;
using Hub.Application.Privacy.Contracts;
using Mediator;

namespace Hub.Application.Mentoring.IntegrationEventHandlers;

/// <summary>An accepted founder becomes someone Mentoring can match (without a name when they were erased meanwhile).</summary>
public sealed class RecordAcceptedMenteeHandler(ISender sender) : IIntegrationEventHandler<ApplicationAcceptedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationAcceptedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
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
        if (await sender.Send(new IsPersonErasedQuery(integrationEvent.FounderUserId), cancellationToken))
        {
            await sender.Send(new ErasePersonalDataCommand(integrationEvent.FounderUserId), cancellationToken);
        }
    }
}
