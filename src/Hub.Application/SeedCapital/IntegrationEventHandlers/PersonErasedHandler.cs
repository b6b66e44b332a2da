using Hub.Application.Common.Messaging;
using Hub.Application.Privacy.Contracts;
using Hub.Application.SeedCapital.Commands.ErasePersonalData;
using Mediator;

namespace Hub.Application.SeedCapital.IntegrationEventHandlers;

public sealed class PersonErasedHandler(ISender sender) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public async ValueTask Handle(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(new ErasePersonalDataCommand(integrationEvent.UserId), cancellationToken);
}
