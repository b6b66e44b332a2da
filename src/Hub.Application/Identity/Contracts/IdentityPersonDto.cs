using Hub.Application.Common.Notifications;

namespace Hub.Application.Identity.Contracts;

/// <summary>One person of the programme, by the user id every module refers to; <paramref name="Culture"/> is the language the hub writes to them in (<c>mn</c> or <c>en</c>).</summary>
public sealed record IdentityPersonDto(Guid Id, string Email, string FullName, IReadOnlyList<string> Roles, string Culture = NotificationCultures.Mongolian);
