namespace Hub.Application.Common.Notifications;

/// <summary>One language of a template: subject and plain-text body, with <c>{name}</c> placeholders for its values.</summary>
public sealed record EmailText(string Subject, string Body);
