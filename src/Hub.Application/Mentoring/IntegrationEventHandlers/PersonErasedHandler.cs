using Hub.Application.Common.Messaging;
using Hub.Application.Mentoring.Commands.ErasePersonalData;
using Hub.Application.Privacy.Contracts;
using Mediator;

namespace Hub.Application.Mentoring.IntegrationEventHandlers;

public sealed class PersonErasedHandler(ISender sender) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public async ValueTask Handle(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(new ErasePersonalDataCommand(integrationEvent.UserId), cancellationToken);
}
