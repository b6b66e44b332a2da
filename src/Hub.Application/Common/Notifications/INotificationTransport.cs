namespace Hub.Application.Common.Notifications;

/// <summary>Carries a notification to its recipient (e-mail, later SMS); called by the outbox, never by handlers.</summary>
public interface INotificationTransport
{
    Task SendAsync(AddressedNotification notification, CancellationToken cancellationToken);
}
