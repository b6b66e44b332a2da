using Hub.Application.Common.Validation;

namespace Hub.Application.Training;

/// <summary>The viewer's time zone for session times: an IANA id, Asia/Ulaanbaatar unless the caller names another.</summary>
internal static class TrainingTimeZones
{
    public const string Default = "Asia/Ulaanbaatar";
    public const int MaxLength = IanaTimeZones.MaxLength;

    public static bool IsKnown(string? id) => Find(id) is not null;

    public static TimeZoneInfo Resolve(string? id) =>
        Find(id) ?? throw new ArgumentException($"Unknown time zone '{id}'.", nameof(id));

    public static DateTimeOffset ToLocal(DateTimeOffset moment, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(moment, zone);

    private static TimeZoneInfo? Find(string? id) => IanaTimeZones.Find(string.IsNullOrWhiteSpace(id) ? Default : id);
}
