namespace Hub.Application.Common.Notifications;

/// <summary>A message to one person, kept in the outbox until the transport has taken it.</summary>
public sealed record OutgoingNotification(
    Guid RecipientUserId,
    string RecipientEmail,
    string RecipientName,
    string Subject,
    string Body,
    string Culture);
