namespace Hub.Application.Common.Notifications;

/// <summary>
/// A message to one person, kept in the outbox until the transport has taken it. Only the recipient's user id is
/// written: the address and language are looked up when it is sent, so a save never reads another module. A module's
/// notification names its <see cref="Template"/> and the template's <see cref="Values"/>, and is rendered at send time
/// in the recipient's language; <see cref="Subject"/>, <see cref="Body"/> and <see cref="Culture"/> carry finished text
/// only for rows written before templates (they are sent as written) and stay empty otherwise.
/// </summary>
public sealed record OutgoingNotification(
    Guid RecipientUserId,
    string Subject,
    string Body,
    string Culture,
    string? Template = null,
    IReadOnlyDictionary<string, string>? Values = null)
{
    /// <summary>A notification rendered from <paramref name="template"/> (an <see cref="EmailTemplate.Name"/>) when it is sent.</summary>
    public static OutgoingNotification FromTemplate(Guid recipientUserId, string template, params (string Name, string Value)[] values) =>
        new(recipientUserId, string.Empty, string.Empty, string.Empty, template, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
}
