using Hub.Application.Common.Messaging;
using Hub.Application.Privacy.Contracts;
using Hub.Application.Training.Commands.ErasePersonalData;
using Mediator;

namespace Hub.Application.Training.IntegrationEventHandlers;

public sealed class PersonErasedHandler(ISender sender) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public async ValueTask Handle(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(new ErasePersonalDataCommand(integrationEvent.UserId), cancellationToken);
}
