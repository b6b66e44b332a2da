using System.Globalization;
using Hub.Application.Common.Notifications;

namespace Hub.Application.Identity.Notifications;

/// <summary>What people are told about their account, rendered in each person's language when sent.</summary>
internal static class IdentityNotifications
{
    public static OutgoingNotification SetPassword(Guid userId, string fullName, string role, string token) =>
        OutgoingNotification.FromTemplate(
            userId,
            SetPasswordEmail.Id,
            ("name", fullName.Trim()),
            ("role", role),
            ("hours", PasswordPolicy.SetPasswordLinkLifetime.TotalHours.ToString("0", CultureInfo.InvariantCulture)),
            ("link", SetPasswordLink(userId, token)));

    public static OutgoingNotification PasswordReset(Guid userId, string fullName, string token) =>
        OutgoingNotification.FromTemplate(
            userId,
            PasswordResetEmail.Id,
            ("name", fullName.Trim()),
            ("hours", PasswordPolicy.SetPasswordLinkLifetime.TotalHours.ToString("0", CultureInfo.InvariantCulture)),
            ("link", SetPasswordLink(userId, token)));

    /// <summary>The page that sets the password (<c>/account/set-password</c>), which posts what POST /auth/set-password takes.</summary>
    private static string SetPasswordLink(Guid userId, string token) =>
        $"/account/set-password?userId={userId}&token={Uri.EscapeDataString(token)}";
}
