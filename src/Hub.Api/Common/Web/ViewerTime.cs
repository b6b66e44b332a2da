using System.Globalization;

namespace Hub.Api.Common.Web;

/// <summary>Times as the viewer reads them: in their time zone (Asia/Ulaanbaatar unless their browser told another) and language.</summary>
public static class ViewerTime
{
    public const string DefaultZone = "Asia/Ulaanbaatar";

    /// <summary>A cookie holding the viewer's IANA time zone, if they have one other than the hub's.</summary>
    public const string ZoneCookie = "hub.tz";

    public static TimeZoneInfo ZoneOf(HttpContext? context) =>
        context?.Request.Cookies[ZoneCookie] is { Length: > 0 and <= 64 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.TryFindSystemTimeZoneById(DefaultZone, out var hub) ? hub : TimeZoneInfo.CreateCustomTimeZone(DefaultZone, TimeSpan.FromHours(8), DefaultZone, DefaultZone);

    public static DateTimeOffset Local(DateTimeOffset time, HttpContext? context) => TimeZoneInfo.ConvertTime(time, ZoneOf(context));

    public static string Format(DateTimeOffset time, HttpContext? context) =>
        Local(time, context).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset? time, HttpContext? context) => time is { } t ? Format(t, context) : "—";

    /// <summary>The value of an <c>&lt;input type="datetime-local"&gt;</c> for a time.</summary>
    public static string InputValue(DateTimeOffset time, HttpContext? context) => InputValue(Local(time, context).DateTime);

    /// <summary>The value of an <c>&lt;input type="datetime-local"&gt;</c> for a time already in the viewer's zone (a form sent back); empty for none.</summary>
    public static string InputValue(DateTime? local) => local?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>The instant a <c>datetime-local</c> value means in the viewer's time zone.</summary>
    public static DateTimeOffset FromInput(DateTime local, HttpContext? context)
    {
        var zone = ZoneOf(context);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified));
    }
}
