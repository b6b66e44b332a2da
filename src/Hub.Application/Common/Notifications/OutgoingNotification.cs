namespace Hub.Application.Common.Notifications;

/// <summary>
/// A message to one person, kept in the outbox until the transport has taken it. Only the recipient's user id is
/// written: the address is looked up when it is sent, so a save never reads another module.
/// </summary>
public sealed record OutgoingNotification(Guid RecipientUserId, string Subject, string Body, string Culture);
