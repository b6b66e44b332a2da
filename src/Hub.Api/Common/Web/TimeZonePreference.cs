using Hub.Application.Common.Validation;
using Hub.Application.Identity.Commands.SetPreferredTimeZone;
using Hub.Application.Identity.Queries.GetPreferredTimeZone;
using Mediator;

namespace Hub.Api.Common.Web;

/// <summary>
/// The viewer's time zone, remembered like the language: in the <see cref="ViewerTime.ZoneCookie"/> cookie for this
/// browser and in the person's account, which the next sign-in brings back.
/// </summary>
public static class TimeZonePreference
{
    /// <summary>Stores a signed-in person's choice (null: the hub's own zone) in their account and this browser.</summary>
    public static async Task RememberAsync(HttpContext context, ISender sender, string? zone, CancellationToken cancellationToken)
    {
        await sender.Send(new SetPreferredTimeZoneCommand(zone), cancellationToken);
        KeepInBrowser(context, (await sender.Send(new GetPreferredTimeZoneQuery(), cancellationToken)).TimeZone);
    }

    /// <summary>Just signed in: the account's zone becomes this browser's; a browser's own zone fills an account that has none.</summary>
    public static async Task AfterSignInAsync(HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        var held = (await sender.Send(new GetPreferredTimeZoneQuery(), cancellationToken)).TimeZone;
        if (held is not null)
        {
            KeepInBrowser(context, held);
        }
        else if (context.Request.Cookies[ViewerTime.ZoneCookie] is { Length: > 0 } browser && browser != ViewerTime.DefaultZone && IanaTimeZones.IsKnown(browser))
        {
            await sender.Send(new SetPreferredTimeZoneCommand(browser), cancellationToken);
        }
    }

    public static void KeepInBrowser(HttpContext context, string? zone)
    {
        if (zone is null)
        {
            context.Response.Cookies.Delete(ViewerTime.ZoneCookie);
            return;
        }

        context.Response.Cookies.Append(
            ViewerTime.ZoneCookie,
            zone,
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
    }
}
