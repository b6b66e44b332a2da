namespace Hub.Application.Common.Notifications;

/// <summary>
/// Sends a notification now, as the outbox does once it drains: the recipient looked up, the template rendered in their
/// language. Only for a background job whose message has no module transaction to ride on (the Identity module has no
/// outbox); the job's retries stand in for the outbox's. Handlers write to <c>IOutbox</c>.
/// </summary>
public interface INotificationSender
{
    Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken);
}
