namespace Hub.Api.Common.Security;

internal static class CookieForgeryCheckExtensions
{
    /// <summary>After authentication (it needs to know how the request signed in), before authorization and the endpoints.</summary>
    public static IApplicationBuilder UseCookieForgeryCheck(this IApplicationBuilder app) => app.UseMiddleware<CookieForgeryCheck>();
}
