using Hub.Application.Common.Notifications;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common;

/// <summary>
/// Where <c>Hub:Mail</c> names neither an SMTP server nor a pickup folder (never in Production), notifications are
/// only written to the log; the outbox row keeps each message and when it was taken.
/// </summary>
internal sealed partial class LoggingNotificationTransport(ILogger<LoggingNotificationTransport> logger) : INotificationTransport
{
    public Task SendAsync(AddressedNotification notification, CancellationToken cancellationToken)
    {
        LogNotification(logger, notification.RecipientEmail, notification.Subject);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification to {Recipient}: {Subject}")]
    private static partial void LogNotification(ILogger logger, string recipient, string subject);
}
