using System.Globalization;
using Hub.Application.Common.Notifications;

namespace Hub.Application.DemoDay.Notifications;

/// <summary>What pitching founders are told, rendered in each founder's language when sent.</summary>
internal static class DemoDayNotifications
{
    public static OutgoingNotification ResultsPublished(Guid founderUserId, string demoDayName, string ventureName, int rank, int pitchCount, IReadOnlyList<string> awards) =>
        OutgoingNotification.FromTemplate(
            founderUserId,
            DemoDayResultsEmail.Id,
            ("demoDay", demoDayName),
            ("venture", ventureName),
            ("rank", rank.ToString(CultureInfo.InvariantCulture)),
            ("pitches", pitchCount.ToString(CultureInfo.InvariantCulture)),
            ("awards", string.Join(", ", awards)));
}
