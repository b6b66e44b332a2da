namespace Hub.Application.Common.Validation;

/// <summary>IANA time zones as callers name them: only what an id can look like reaches the system's zone files.</summary>
public static class IanaTimeZones
{
    public const int MaxLength = 64;

    public static bool IsKnown(string? id) => Find(id) is not null;

    public static TimeZoneInfo? Find(string? id)
    {
        var name = id?.Trim();
        // No paths, no NULs: an id is letters, digits and / _ - + only.
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || name.StartsWith('/') || name.Contains("..", StringComparison.Ordinal)
            || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) && zone.HasIanaId ? zone : null;
    }
}
