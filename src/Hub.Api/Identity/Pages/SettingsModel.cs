using Hub.Api.Common.Web;
using Hub.Application.Identity.Queries.GetPreferredTimeZone;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Identity.Pages;

/// <summary>A person's settings: the language and the time zone the pages (and e-mails) use, both remembered in their account.</summary>
[Authorize]
public sealed class SettingsModel : HubPageModel
{
    [BindProperty]
    public string Culture { get; set; } = UiCulture.Mongolian;

    [BindProperty]
    public string TimeZone { get; set; } = ViewerTime.DefaultZone;

    public async Task OnGetAsync()
    {
        Culture = UiCulture.Current;
        TimeZone = (await TryGetAsync(new GetPreferredTimeZoneQuery()))?.TimeZone ?? ViewerTime.ZoneOf(HttpContext).Id;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var culture = UiCulture.Supported.FirstOrDefault(c => string.Equals(c, Culture, StringComparison.OrdinalIgnoreCase));
        if (culture is null)
        {
            ModelState.AddModelError(nameof(Culture), IdentityText.UnknownLanguage.ToString());
            return Page();
        }

        // The hub's own zone is stored as none, so a later change of the hub's default reaches everyone who kept it.
        var zone = TimeZone == ViewerTime.DefaultZone ? null : TimeZone;
        if (!await TryAsync(ct => TimeZonePreference.RememberAsync(HttpContext, Sender, zone, ct), fieldPrefix: string.Empty))
        {
            return Page();
        }

        await UiCulture.RememberAsync(HttpContext, culture);
        return Done("/account/settings", culture == UiCulture.English ? IdentityText.SettingsSaved.En : IdentityText.SettingsSaved.Mn);
    }
}
