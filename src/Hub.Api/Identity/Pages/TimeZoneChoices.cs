using System.Globalization;

namespace Hub.Api.Identity.Pages;

/// <summary>The IANA time zones a person can choose: Mongolia's three first, then every other zone of the server, by name.</summary>
public static class TimeZoneChoices
{
    private static readonly string[] Mongolia = ["Asia/Ulaanbaatar", "Asia/Hovd", "Asia/Choibalsan"];

    public static IReadOnlyList<(string Id, string Label)> All { get; } = Build();

    private static List<(string Id, string Label)> Build()
    {
        var first = Mongolia.Select(Find).OfType<TimeZoneInfo>().ToList();
        var ids = first.Select(z => z.Id).ToHashSet(StringComparer.Ordinal);
        var others = TimeZoneInfo.GetSystemTimeZones()
            .Where(z => z.HasIanaId && z.Id.Contains('/', StringComparison.Ordinal) && !z.Id.StartsWith("Etc/", StringComparison.Ordinal) && !ids.Contains(z.Id))
            .OrderBy(z => z.Id, StringComparer.Ordinal);
        return [.. first.Concat(others).Select(z => (z.Id, Label(z)))];
    }

    private static TimeZoneInfo? Find(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;

    /// <summary>"Asia/Ulaanbaatar (UTC+08:00)": the standard offset (summer time aside), so the list stays the same all year.</summary>
    private static string Label(TimeZoneInfo zone)
    {
        var offset = zone.BaseUtcOffset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"{zone.Id.Replace('_', ' ')} (UTC{sign}{offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture)})";
    }
}
