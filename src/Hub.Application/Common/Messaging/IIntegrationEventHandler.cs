namespace Hub.Application.Common.Messaging;

/// <summary>
/// A module's reaction to another module's integration event, in <c>Application/&lt;Module&gt;/IntegrationEventHandlers/</c>.
/// It runs from the module's inbox, as the system actor, in one transaction with the inbox record: once per event,
/// retried with back-off on its own when it fails. Keep it thin: turn the event into the module's own command.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    ValueTask Handle(TEvent integrationEvent, CancellationToken cancellationToken);
}
