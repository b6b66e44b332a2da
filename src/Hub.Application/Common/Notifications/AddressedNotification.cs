namespace Hub.Application.Common.Notifications;

/// <summary>
/// A notification with its recipient's address, rendered in the language it goes out in, as the transport sends it:
/// plain text in <see cref="Body"/> and, for templated ones, the same text as simple HTML in <see cref="HtmlBody"/>.
/// </summary>
public sealed record AddressedNotification(
    Guid RecipientUserId,
    string RecipientEmail,
    string RecipientName,
    string Subject,
    string Body,
    string Culture,
    string? HtmlBody = null,
    string? Template = null)
{
    public static AddressedNotification To(NotificationRecipient recipient, Guid recipientUserId, RenderedEmail email, string? template) =>
        new(recipientUserId, recipient.Email, recipient.Name, email.Subject, email.Text, email.Culture, email.Html, template);
}
