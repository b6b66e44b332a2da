using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Hub.Api.Common.Web;

/// <summary>
/// The pages' two languages: Mongolian (Cyrillic), the default, and English. <c>?culture=mn|en</c> switches and is
/// remembered in a cookie; the API under <c>/api</c> is not localised.
/// </summary>
public static class UiCulture
{
    public const string Mongolian = "mn";

    public const string English = "en";

    public const string QueryKey = "culture";

    public static readonly string[] Supported = [Mongolian, English];

    public static bool IsMongolian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Mongolian;

    public static string Current => IsMongolian ? Mongolian : English;

    /// <summary>
    /// Remembers the viewer's choice. Today a cookie for everyone; this is the one place where a signed-in person's
    /// preferred language will also be stored in their account once Identity keeps it.
    /// </summary>
    public static Task RememberAsync(HttpContext context, string culture)
    {
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
        return Task.CompletedTask;
    }

    /// <summary>Remembers <c>?culture=</c> when a page is asked for with it.</summary>
    public static async Task RememberFromQueryAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Query[QueryKey].ToString() is { Length: > 0 } asked && Supported.Contains(asked, StringComparer.OrdinalIgnoreCase))
        {
            await RememberAsync(context, asked.ToLowerInvariant());
        }

        await next();
    }
}
