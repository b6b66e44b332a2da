namespace Hub.Application.Training;

/// <summary>The viewer's time zone for session times: an IANA id, Asia/Ulaanbaatar unless the caller names another.</summary>
internal static class TrainingTimeZones
{
    public const string Default = "Asia/Ulaanbaatar";
    public const int MaxLength = 64;

    public static bool IsKnown(string? id) => Find(id) is not null;

    public static TimeZoneInfo Resolve(string? id) =>
        Find(id) ?? throw new ArgumentException($"Unknown time zone '{id}'.", nameof(id));

    public static DateTimeOffset ToLocal(DateTimeOffset moment, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(moment, zone);

    private static TimeZoneInfo? Find(string? id)
    {
        var name = string.IsNullOrWhiteSpace(id) ? Default : id.Trim();
        // Only what an IANA id can look like reaches the system's zone files (no paths, no NULs).
        if (name.Length > MaxLength || name.StartsWith('/') || name.Contains("..", StringComparison.Ordinal)
            || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId ? zone : null;
    }
}
