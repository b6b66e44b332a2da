using Hub.Application.Common.Notifications;
using MimeKit;

namespace Hub.Infrastructure.Common.Mail;

/// <summary>Builds the MIME message of a notification: plain text, with the HTML part as its alternative when there is one.</summary>
internal static class MailMessages
{
    public static MimeMessage Create(AddressedNotification notification, MailOptions options, DateTimeOffset now)
    {
        var message = new MimeMessage { Subject = notification.Subject, Date = now };
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress ?? throw new InvalidOperationException($"Set {MailOptions.Section}:FromAddress.")));
        message.To.Add(new MailboxAddress(notification.RecipientName, notification.RecipientEmail));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        if (notification.Template is { } template)
        {
            message.Headers.Add("X-Hub-Template", template);
        }

        message.Body = new BodyBuilder
        {
            TextBody = notification.Body,
            HtmlBody = string.IsNullOrEmpty(notification.HtmlBody) ? null : notification.HtmlBody,
        }.ToMessageBody();

        // A Content-* header belongs to the body entity: MimeKit would not write it on the message itself.
        message.Body.Headers.Add(HeaderId.ContentLanguage, notification.Culture);
        return message;
    }
}
