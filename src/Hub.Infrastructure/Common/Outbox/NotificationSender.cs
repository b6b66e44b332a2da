using Hub.Application.Common.Notifications;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Outbox;

/// <summary>
/// Looks the recipient up when a notification is sent (not when it was written), then hands it to the transport.
/// A recipient whose account is gone gets nothing, and the message counts as delivered.
/// </summary>
internal sealed partial class NotificationSender(INotificationRecipients recipients, INotificationTransport transport, ILogger<NotificationSender> logger)
{
    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        if (await recipients.FindAsync(notification.RecipientUserId, cancellationToken) is not { } recipient)
        {
            LogNoRecipient(logger, notification.RecipientUserId, notification.Subject);
            return;
        }

        await transport.SendAsync(AddressedNotification.To(recipient.Email, recipient.Name, notification), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification '{Subject}' not sent: user {UserId} no longer exists")]
    private static partial void LogNoRecipient(ILogger logger, Guid userId, string subject);
}
