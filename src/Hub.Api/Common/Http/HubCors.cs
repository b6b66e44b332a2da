namespace Hub.Api.Common.Http;

/// <summary>
/// Cross-origin calls from browsers: only from the origins listed in <c>Hub:Cors:AllowedOrigins</c>. With none
/// listed (the default) the middleware is not even added, so no answer carries a CORS header and browsers keep other
/// sites' scripts from reading the API. Partner systems calling server to server need no CORS at all. Credentials
/// (the sign-in cookie) are never allowed cross-origin: a browser app sends a bearer token or a partner key.
/// </summary>
internal static class HubCors
{
    public const string AllowedOriginsSection = "Hub:Cors:AllowedOrigins";

    public static IServiceCollection AddHubCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = AllowedOrigins(configuration);
        if (origins.Length == 0)
        {
            return services;
        }

        return services.AddCors(options => options.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders("Authorization", "Content-Type", "X-Api-Key", "If-Match", "Idempotency-Key", "Accept-Language")
            .WithExposedHeaders("ETag", "Location", "Retry-After")
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10))));
    }

    public static WebApplication UseHubCors(this WebApplication app)
    {
        if (AllowedOrigins(app.Configuration).Length > 0)
        {
            app.UseCors();
        }

        return app;
    }

    /// <summary>Each entry an origin (<c>https://host[:port]</c>, no path); anything else stops start-up rather than be guessed at.</summary>
    private static string[] AllowedOrigins(IConfiguration configuration) =>
        [.. (configuration.GetSection(AllowedOriginsSection).Get<string[]>() ?? [])
            .Where(origin => !string.IsNullOrWhiteSpace(origin))
            .Select(origin => Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0
                    ? uri.GetLeftPart(UriPartial.Authority)
                    : throw new InvalidOperationException($"{AllowedOriginsSection} holds '{origin}', which is not an origin such as https://partner.example.org."))];
}
