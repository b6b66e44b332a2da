using Hub.Application.Common.Notifications;

namespace Hub.Application.Mentoring.Notifications;

/// <summary>What mentors are told, in English (the hub's mentors are in Europe and Mongolia; English is their common language).</summary>
internal static class MentoringNotifications
{
    public static OutgoingNotification Proposed(Guid mentorUserId, string ventureName) =>
        new(
            mentorUserId,
            $"EU-DIEH: would you mentor {ventureName}?",
            $"""
             The hub's matching proposes you as the mentor of "{ventureName}".
             Please accept or decline the proposal in the hub (your proposals: GET /api/v1/mentorships?status=Proposed).
             """,
            "en");

    public static OutgoingNotification Quiet(Guid mentorUserId, string ventureName, DateTimeOffset? lastSessionAt) =>
        new(
            mentorUserId,
            $"EU-DIEH: time for a session with {ventureName}?",
            lastSessionAt is { } last
                ? $"Your last logged session with \"{ventureName}\" started on {last:yyyy-MM-dd}, more than two weeks ago. Please meet your founder and log the session."
                : $"No session with \"{ventureName}\" has been logged yet, two weeks after you accepted. Please meet your founder and log the session.",
            "en");
}
