using System.Threading.RateLimiting;
using Hub.Api.Common.Security;
using Microsoft.AspNetCore.RateLimiting;

namespace Hub.Api.Common.RateLimits;

/// <summary>
/// The framework rate limiter's global limiter: one fixed window per partner key, per person, and per client address for
/// anonymous callers (ADR 0024). Endpoints with a policy of their own (sign-in, refresh) keep only that one, so the
/// rejection handler of the sign-in limits still speaks for them and this one for every other 429.
/// </summary>
internal static class RequestRateLimits
{
    public static IServiceCollection AddRequestRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection(HubRateLimitOptions.Section).Get<HubRateLimitOptions>() ?? new HubRateLimitOptions();
        limits.Validate();
        services.AddSingleton(limits);
        services.Configure<RateLimiterOptions>(options =>
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, limits)));
        services.PostConfigure<RateLimiterOptions>(options =>
        {
            var endpointPolicies = options.OnRejected;
            options.OnRejected = (context, cancellationToken) =>
                endpointPolicies is not null && HasOwnPolicy(context.HttpContext) ? endpointPolicies(context, cancellationToken) : RejectAsync(context);
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext context, HubRateLimitOptions limits)
    {
        if (!limits.Enabled || !context.Request.Path.StartsWithSegments("/api") || HasOwnPolicy(context))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var id = CallerKey.IdOf(context.User);
        var partner = CallerKey.IsPartner(context.User);
        var key = CallerKey.Of(context.User) ?? SignInLimits.AddressKey(context.Connection.RemoteIpAddress);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.PermitsFor(id, partner),
            Window = limits.Window,
            QueueLimit = 0,
        });
    }

    private static bool HasOwnPolicy(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>() is not null;

    private static ValueTask RejectAsync(OnRejectedContext context)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
        var seconds = LimitRefusal.Seconds(wait);
        var who = CallerKey.IsPartner(context.HttpContext.User) ? "this partner key"
            : CallerKey.IdOf(context.HttpContext.User) is not null ? "this account" : "this address";
        return new ValueTask(TooManyAttemptsResult.WriteAsync(
            context.HttpContext, seconds, $"The request budget of {who} is used up for now; try again in {seconds} seconds."));
    }
}
