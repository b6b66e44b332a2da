using System.Globalization;
using Hub.Application.Identity.Commands.SetPreferredCulture;
using Hub.Application.Identity.Queries.GetCurrentPerson;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
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
    /// Remembers the viewer's choice: in a cookie for this browser and, for a signed-in person, in their account
    /// (<see cref="SetPreferredCultureCommand"/>), which the e-mails follow and the next sign-in brings back.
    /// </summary>
    public static async Task RememberAsync(HttpContext context, string culture)
    {
        KeepInBrowser(context, culture);
        if (context.User.Identity?.IsAuthenticated != true)
        {
            // Asked before the authentication middleware has run: the cookie's person, if any, is the caller.
            var signedIn = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
            if (!signedIn.Succeeded)
            {
                return;
            }

            context.User = signedIn.Principal;
        }

        await context.RequestServices.GetRequiredService<ISender>().Send(new SetPreferredCultureCommand(culture), context.RequestAborted);
    }

    /// <summary>
    /// Just signed in: a language chosen in this browser becomes the person's; a browser with no choice of its own
    /// takes the one their account holds.
    /// </summary>
    public static async Task AfterSignInAsync(HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        if (context.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName))
        {
            await sender.Send(new SetPreferredCultureCommand(Current), cancellationToken);
        }
        else
        {
            KeepInBrowser(context, (await sender.Send(new GetCurrentPersonQuery(), cancellationToken)).Culture);
        }
    }

    /// <summary>The language for this browser only, e.g. the one a person's account holds, set again at sign-in.</summary>
    public static void KeepInBrowser(HttpContext context, string culture) =>
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });

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
