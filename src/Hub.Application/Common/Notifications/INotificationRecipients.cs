namespace Hub.Application.Common.Notifications;

/// <summary>Where a notification goes: the recipient's current address, looked up when it is sent (the Identity module answers).</summary>
public interface INotificationRecipients
{
    /// <summary>The person's e-mail and name, or null when the account no longer exists.</summary>
    Task<(string Email, string Name)?> FindAsync(Guid userId, CancellationToken cancellationToken);
}
