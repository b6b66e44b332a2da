using Hub.Application.Common.Messaging;
using Hub.Application.Privacy.Commands.ForgetDeliveredMessages;
using Hub.Application.Privacy.Contracts;
using Mediator;

namespace Hub.Application.Privacy.IntegrationEventHandlers;

/// <summary>Privacy listens to its own event, so the scrub runs after the erasure is committed, once, with retries.</summary>
public sealed class ForgetDeliveredMessagesHandler(ISender sender) : IIntegrationEventHandler<PersonErasedIntegrationEvent>
{
    public async ValueTask Handle(PersonErasedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await sender.Send(new ForgetDeliveredMessagesCommand(integrationEvent.UserId), cancellationToken);
}
