namespace Hub.Application.Common.Notifications;

/// <summary>Where a notification goes: the recipient's current address and language, looked up when it is sent (the Identity module answers).</summary>
public interface INotificationRecipients
{
    /// <summary>The person's e-mail, name and culture, or null when the account no longer exists.</summary>
    Task<NotificationRecipient?> FindAsync(Guid userId, CancellationToken cancellationToken);
}
