using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;

namespace Hub.Api.Common.Web;

/// <summary>The people's pages (ADR 0029): Razor Pages in each module's <c>Pages</c> folder, in Mongolian and English.</summary>
public static class PagesRegistration
{
    public static IServiceCollection AddHubPages(this IServiceCollection services)
    {
        // Pages live beside their module's endpoints (Applicants/Pages, Mentoring/Pages…), not in one Pages folder;
        // each names its own route with @page "/…".
        services.AddRazorPages(options => options.RootDirectory = "/");

        // Cyrillic is written as is, not as &#x...; entities that would triple a Mongolian page's size on a slow phone.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = UiCulture.Supported.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture(UiCulture.Mongolian);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider { QueryStringKey = UiCulture.QueryKey, UIQueryStringKey = UiCulture.QueryKey },
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary>Static files (one style sheet) and the viewer's language, for everything but the API.</summary>
    public static WebApplication UseHubPages(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = StaticFileCaching.Apply });
        app.UseWhen(context => !PageRedirects.IsApi(context.Request), pages => pages
            .UseRequestLocalization()
            .Use((context, next) => UiCulture.RememberFromQueryAsync(context, () => next(context))));
        return app;
    }

    public static WebApplication MapHubPages(this WebApplication app)
    {
        app.MapRazorPages().ExcludeFromDescription();
        return app;
    }
}
