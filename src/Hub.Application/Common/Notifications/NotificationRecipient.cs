namespace Hub.Application.Common.Notifications;

/// <summary>Where and in which language a person is written to: their current address, name and preferred culture (<c>mn</c> or <c>en</c>).</summary>
public sealed record NotificationRecipient(string Email, string Name, string Culture);
