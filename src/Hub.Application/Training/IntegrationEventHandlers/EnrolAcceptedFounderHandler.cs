using Hub.Application.Applicants.Contracts;
using Hub.Application.Common.Messaging;
using Hub.Application.Training.Commands.EnrolAcceptedFounder;
using Mediator;

namespace Hub.Application.Training.IntegrationEventHandlers;

public sealed class EnrolAcceptedFounderHandler(ISender sender) : IIntegrationEventHandler<ApplicationAcceptedIntegrationEvent>
{
    public async ValueTask Handle(ApplicationAcceptedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(
            new EnrolAcceptedFounderCommand(
                integrationEvent.ApplicationId, integrationEvent.IntakeId, integrationEvent.FounderUserId, integrationEvent.FounderFullName, integrationEvent.OccurredAt),
            cancellationToken);
}
