using Hub.Application.Common.Messaging;
using Hub.Application.Common.Notifications;
using Mediator;

namespace Hub.Infrastructure.Common.Outbox;

/// <summary>Hands one outbox message to where it goes: integration events to every module's handlers, notifications to the transport.</summary>
internal sealed class OutboxDispatcher(IPublisher publisher, INotificationTransport transport)
{
    public async Task DispatchAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        switch (OutboxMessageTypes.Deserialize(message.Type, message.Payload))
        {
            case IntegrationEvent integrationEvent:
                await publisher.Publish(integrationEvent, cancellationToken);
                break;
            case OutgoingNotification notification:
                await transport.SendAsync(notification, cancellationToken);
                break;
        }
    }
}
