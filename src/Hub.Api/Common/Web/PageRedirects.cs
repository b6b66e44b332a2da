using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Hub.Api.Common.Web;

/// <summary>
/// A person without a cookie who asks for a page (or the job dashboard) is sent to the sign-in page, and one who may
/// not see it to a page saying so; an API request under <c>/api</c> still gets a bare 401 or 403.
/// </summary>
public static class PageRedirects
{
    public const string SignInPath = "/account/sign-in";

    public const string DeniedPath = "/account/denied";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.LoginPath = SignInPath;
        options.AccessDeniedPath = DeniedPath;
        options.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute) is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
