namespace Hub.Application.Common.Notifications;

/// <summary>A notification with its recipient's address, as the transport sends it.</summary>
public sealed record AddressedNotification(Guid RecipientUserId, string RecipientEmail, string RecipientName, string Subject, string Body, string Culture)
{
    public static AddressedNotification To(string email, string name, OutgoingNotification notification) =>
        new(notification.RecipientUserId, email, name, notification.Subject, notification.Body, notification.Culture);
}
