using Hub.Application.Common.Notifications;

namespace Hub.Application.DemoDay.Notifications;

/// <summary>What pitching founders are told, in Mongolian with English below.</summary>
internal static class DemoDayNotifications
{
    public static OutgoingNotification ResultsPublished(Guid founderUserId, string demoDayName, string ventureName, int rank, int pitchCount, IReadOnlyList<string> awards)
    {
        var awardsMn = awards.Count == 0 ? string.Empty : $" Шагнал: {string.Join(", ", awards)}.";
        var awardsEn = awards.Count == 0 ? string.Empty : $" Awards: {string.Join(", ", awards)}.";
        return new(
            founderUserId,
            $"Demo Day-ийн дүн / Demo Day results: {demoDayName}",
            $"""
             "{ventureName}" төсөл {pitchCount} төслөөс {rank}-р байр эзэллээ.{awardsMn}

             "{ventureName}" placed {rank} of {pitchCount} at {demoDayName}.{awardsEn}
             """,
            "mn");
    }
}
