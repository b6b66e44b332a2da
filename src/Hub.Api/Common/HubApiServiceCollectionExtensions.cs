using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Hub.Api.Common.Errors;
using Hub.Api.Common.Http;
using Hub.Api.Common.OpenApi;
using Hub.Api.Common.RateLimits;
using Hub.Api.Common.Security;
using Hub.Api.Common.Web;
using Hub.Application.Common.Behaviors;
using Hub.Application.Common.Security;
using Hub.Infrastructure.Common.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Common;

internal static class HubApiServiceCollectionExtensions
{
    public const string TrustedProxiesSection = "Hub:Proxy:KnownProxies";

    public static IServiceCollection AddHubApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // Who may send a request is checked before its body is validated: a caller who may not call learns nothing of the rules.
            options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(SlowRequestBehavior<,>), typeof(AuthorizationBehavior<,>), typeof(ValidationBehavior<,>)];
        });

        services.AddHttpContextAccessor();
        services.AddCurrentUser<HttpCurrentUser>();
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        // Cyrillic goes out as written rather than as \uXXXX escapes; HTML-sensitive characters stay escaped.
        // Numbers are numbers: "42" for an integer is a 400, and the OpenAPI document says plain integer.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddHubProblemDetails();
        services.AddExceptionHandler<HubExceptionHandler>();
        services.AddHubHttpHygiene(configuration);

        services.AddHubAuthentication(services.AddSignInLimits(configuration));
        services.AddRequestRateLimits(configuration);

        // The job dashboard signs its buttons (retry, delete) with antiforgery tokens when the service exists; cookie-signed
        // API requests may carry one instead of X-Requested-With (CookieForgeryCheck).
        services.AddAntiforgery();
        services.AddOptions<AntiforgeryOptions>().Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = CookieSecurity(environment));
        services.AddAuthorization(Policies.Add);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddTrustedProxies(configuration);
        services.AddOpenApi(HubOpenApi.Configure);
        return services;
    }

    private static void AddHubAuthentication(this IServiceCollection services, HubAuthOptions auth)
    {
        services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = AuthSchemes.Hub;
                options.DefaultChallengeScheme = AuthSchemes.Hub;
            })
            .AddPolicyScheme(AuthSchemes.Hub, "Partner key, bearer token or cookie", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(AuthSchemes.ApiKeyHeader) ? AuthSchemes.ApiKey
                    : context.Request.Headers.Authorization.Count > 0 ? AuthSchemes.CheckedBearer
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = auth.AccessTokenLifetime)
            .AddScheme<AuthenticationSchemeOptions, CheckedBearerHandler>(AuthSchemes.CheckedBearer, options =>
            {
                options.ForwardChallenge = IdentityConstants.BearerScheme;
                options.ForwardForbid = IdentityConstants.BearerScheme;
            })
            .AddCookie(IdentityConstants.ApplicationScheme, options =>
            {
                options.Cookie.Name = "hub.auth";
                options.Cookie.HttpOnly = true;
                // Lax keeps the cookie off most cross-site requests; CookieForgeryCheck refuses the forged ones that still carry it.
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);

                // The API answers 401/403, never a redirect; a page (or the job dashboard) sends the person to sign in.
                PageRedirects.Configure(options);

                // As for bearer tokens: a locked account or a changed password ends the cookie too.
                options.Events.OnValidatePrincipal = RejectEndedSignInAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null);
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .PostConfigure<TimeProvider>((options, clock) => options.BearerTokenProtector = new RememberedTicketFormat(options.BearerTokenProtector, clock));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IHostEnvironment>((options, environment) => options.Cookie.SecurePolicy = CookieSecurity(environment));
    }

    /// <summary>Cookies only over HTTPS, except in Development, where the app is served over plain http://127.0.0.1.</summary>
    private static CookieSecurePolicy CookieSecurity(IHostEnvironment environment) =>
        environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;

    private static async Task RejectEndedSignInAsync(CookieValidatePrincipalContext context)
    {
        var signIn = context.HttpContext.RequestServices.GetRequiredService<ISignInCheck>();
        if (context.Principal is null || !await signIn.IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    /// <summary>
    /// Behind a reverse proxy, the client's address comes from X-Forwarded-For, but only when the request comes
    /// from a proxy listed in <c>Hub:Proxy:KnownProxies</c>; otherwise every client would share one sign-in budget.
    /// </summary>
    private static void AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection(TrustedProxiesSection).Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            // With no proxy named, no forwarded header is believed (an empty list would make every sender trusted).
            options.ForwardedHeaders = proxies.Length == 0 ? ForwardedHeaders.None : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{TrustedProxiesSection} holds '{proxy}', which is not an IP address."));
            }
        });
    }
}
