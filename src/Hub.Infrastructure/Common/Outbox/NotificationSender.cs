using Hub.Application.Common.Notifications;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Outbox;

/// <summary>
/// Looks the recipient up when a notification is sent (not when it was written), renders its template in the
/// recipient's language, then hands it to the transport. A recipient whose account is gone gets nothing, and the
/// message counts as delivered. Rows written before templates carry finished text and go out as written.
/// </summary>
internal sealed partial class NotificationSender(INotificationRecipients recipients, INotificationTransport transport, ILogger<NotificationSender> logger) : INotificationSender
{
    public async Task SendAsync(OutgoingNotification notification, CancellationToken cancellationToken)
    {
        if (await recipients.FindAsync(notification.RecipientUserId, cancellationToken) is not { } recipient)
        {
            LogNoRecipient(logger, notification.RecipientUserId, notification.Template ?? notification.Subject);
            return;
        }

        var email = notification.Template is { } template
            ? EmailTemplates.Render(template, notification.Values ?? new Dictionary<string, string>(), recipient.Culture)
            : new RenderedEmail(notification.Subject, notification.Body, string.Empty, notification.Culture);
        await transport.SendAsync(AddressedNotification.To(recipient, notification.RecipientUserId, email, notification.Template), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification '{Subject}' not sent: user {UserId} no longer exists")]
    private static partial void LogNoRecipient(ILogger logger, Guid userId, string subject);
}
