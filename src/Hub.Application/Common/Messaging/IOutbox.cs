using Hub.Application.Common.Notifications;

namespace Hub.Application.Common.Messaging;

/// <summary>
/// Collects what must leave the module once the current save commits: integration events for other modules and
/// notifications for people. Both are written in the same transaction as the change that caused them.
/// </summary>
public interface IOutbox
{
    void Add(IntegrationEvent integrationEvent);

    void Add(OutgoingNotification notification);
}
