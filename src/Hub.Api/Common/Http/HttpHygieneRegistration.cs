namespace Hub.Api.Common.Http;

internal static class HttpHygieneRegistration
{
    /// <summary>Security headers (and no <c>Server</c> header) on every answer, and CORS only for the configured origins.</summary>
    public static IServiceCollection AddHubHttpHygiene(this IServiceCollection services, IConfiguration configuration) =>
        services.AddHubSecurityHeaders().AddHubCors(configuration);
}
