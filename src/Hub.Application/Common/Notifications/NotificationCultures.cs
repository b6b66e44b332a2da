using Hub.Domain.Common;

namespace Hub.Application.Common.Notifications;

/// <summary>The languages the hub writes to people in, and which one a person gets when they have not chosen.</summary>
public static class NotificationCultures
{
    public const string Mongolian = "mn";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Mongolian, English];

    public static bool IsKnown(string? culture) => culture is Mongolian or English;

    /// <summary>The person's own choice; else Mongolian for founders (and anyone without a staff role), English for staff and mentors.</summary>
    public static string For(string? chosen, IReadOnlyCollection<string> roles) =>
        IsKnown(chosen) ? chosen! : roles.Count == 0 || roles.Contains(Roles.Founder) ? Mongolian : English;
}
