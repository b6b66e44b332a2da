using System.Globalization;
using Hub.Application.Common.Notifications;

namespace Hub.Application.Mentoring.Notifications;

/// <summary>What mentors are told, rendered in each mentor's language when sent (English unless they chose Mongolian).</summary>
internal static class MentoringNotifications
{
    public static OutgoingNotification Proposed(Guid mentorUserId, string ventureName) =>
        OutgoingNotification.FromTemplate(mentorUserId, MentorshipProposedEmail.Id, ("venture", ventureName));

    public static OutgoingNotification Quiet(Guid mentorUserId, string ventureName, DateTimeOffset? lastSessionAt) =>
        lastSessionAt is { } last
            ? OutgoingNotification.FromTemplate(
                mentorUserId, QuietMentorshipEmail.Id, ("venture", ventureName), ("lastSession", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : OutgoingNotification.FromTemplate(mentorUserId, NoSessionYetEmail.Id, ("venture", ventureName));
}
