using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Common.Http;

/// <summary>
/// Response headers that tell browsers how to treat the hub's answers. On every response: no content sniffing, no
/// framing, no referrer. On API responses (<c>/api/…</c>) also a content security policy that loads nothing and
/// <c>Cache-Control: no-store</c> unless the endpoint chose otherwise, so tokens and personal data stay out of caches.
/// The browser pages (Scalar, the job dashboard, the landing page) get no content security policy: theirs would need
/// their scripts and styles listed, and framing is already refused by <c>X-Frame-Options</c>.
/// </summary>
internal static class SecurityHeaders
{
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";

    public const string ReferrerPolicy = "no-referrer";

    /// <summary>Kestrel names itself in a <c>Server</c> header unless told not to.</summary>
    public static IServiceCollection AddHubSecurityHeaders(this IServiceCollection services) =>
        services.Configure<KestrelServerOptions>(options => options.AddServerHeader = false);

    /// <summary>Sets the headers just before the response starts, so an error page written later carries them too.</summary>
    public static IApplicationBuilder UseHubSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(
                static state =>
                {
                    Apply((HttpContext)state);
                    return Task.CompletedTask;
                },
                context);
            return next(context);
        });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = ReferrerPolicy;
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }

        headers.ContentSecurityPolicy = ApiContentSecurityPolicy;
        if (!headers.ContainsKey(HeaderNames.CacheControl))
        {
            headers.CacheControl = "no-store";
        }
    }
}
