namespace Hub.Domain.Mentoring.Matching;

/// <summary>
/// How many hours two people's working days (09:00–17:00 local) overlap on a date. Computed from the time-zone rules of
/// that date, so the overlap follows daylight saving (Slovenia and Greece change twice a year, Mongolia does not).
/// </summary>
public static class WorkingHours
{
    public static readonly TimeSpan DayStarts = TimeSpan.FromHours(9);
    public static readonly TimeSpan DayEnds = TimeSpan.FromHours(17);

    public static double LengthInHours => (DayEnds - DayStarts).TotalHours;

    public static bool IsKnownTimeZone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);

    public static double OverlapHours(string firstTimeZone, string secondTimeZone, DateOnly date)
    {
        var first = TimeZoneInfo.FindSystemTimeZoneById(firstTimeZone);
        var second = TimeZoneInfo.FindSystemTimeZoneById(secondTimeZone);
        var (start, end) = Day(first, date);

        // The other person's working day may fall on the calendar day before or after.
        var overlap = 0d;
        for (var shift = -1; shift <= 1; shift++)
        {
            var (otherStart, otherEnd) = Day(second, date.AddDays(shift));
            var from = start > otherStart ? start : otherStart;
            var to = end < otherEnd ? end : otherEnd;
            if (to > from)
            {
                overlap += (to - from).TotalHours;
            }
        }

        return overlap;
    }

    private static (DateTime Start, DateTime End) Day(TimeZoneInfo zone, DateOnly date) =>
        (ToUtc(zone, date.ToDateTime(TimeOnly.MinValue) + DayStarts), ToUtc(zone, date.ToDateTime(TimeOnly.MinValue) + DayEnds));

    private static DateTime ToUtc(TimeZoneInfo zone, DateTime local) =>
        DateTime.SpecifyKind(local - zone.GetUtcOffset(local), DateTimeKind.Utc);
}
