using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Application.Privacy.Contracts;
using Hub.Application.Training.Commands.EnrolAcceptedFounder;
using Hub.Application.Training.Commands.ErasePersonalData;
using Mediator;

namespace Hub.Application.Training.IntegrationEventHandlers;

/// <summary>An accepted founder is enrolled in their intake's training (without a name when they were erased meanwhile).</summary>
public sealed class EnrolAcceptedFounderHandler(ISender sender) : IIntegrationEventHandler<ApplicationAcceptedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationAcceptedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await sender.Send(
            new EnrolAcceptedFounderCommand(
                integrationEvent.ApplicationId, integrationEvent.IntakeId, integrationEvent.FounderUserId, integrationEvent.FounderFullName, integrationEvent.OccurredAt),
            cancellationToken);
        if (await sender.Send(new IsPersonErasedQuery(integrationEvent.FounderUserId), cancellationToken))
        {
            await sender.Send(new ErasePersonalDataCommand(integrationEvent.FounderUserId), cancellationToken);
        }
    }
}
