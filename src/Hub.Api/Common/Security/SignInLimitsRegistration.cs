using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Hub.Api.Common.Security;

/// <summary>
/// The budgets of sign-in, refresh and registration (ADR 0015). Failed sign-ins and registrations are counted by
/// <see cref="SignInLimits"/> (endpoint filters); the framework's rate limiter adds two policies per client address:
/// <see cref="SignInPolicy"/> lets a few sign-ins be checked at once (the rest queue, so a burst of parallel guesses
/// cannot all pass before the first failure is counted) and <see cref="RefreshPolicy"/> gives refreshes a budget of
/// their own.
/// </summary>
internal static class SignInLimitsRegistration
{
    public const string SignInPolicy = "sign-in";

    public const string RefreshPolicy = "refresh";

    /// <summary>Sign-ins of one address that may wait for their turn; a larger crowd gets 429.</summary>
    private const int SignInQueue = 200;

    public static HubAuthOptions AddSignInLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(HubAuthOptions.Section).Get<HubAuthOptions>() ?? new HubAuthOptions();
        options.Validate();
        services.AddSingleton(Options.Create(options));
        services.AddSingleton<AttemptLedger>();
        services.AddSingleton<SignInLimits>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInPolicy, context => RateLimitPartition.GetConcurrencyLimiter(
                SignInLimits.AddressKey(context.Connection.RemoteIpAddress),
                _ => new ConcurrencyLimiterOptions { PermitLimit = options.SignInsAtOncePerAddress, QueueLimit = SignInQueue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));
            limiter.AddPolicy(RefreshPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                SignInLimits.AddressKey(context.Connection.RemoteIpAddress),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.RefreshesPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            limiter.OnRejected = (context, _) =>
            {
                var refresh = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == RefreshPolicy;
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter
                    : refresh ? TimeSpan.FromMinutes(1) : TimeSpan.FromSeconds(1);
                var seconds = LimitRefusal.Seconds(wait);
                var detail = refresh
                    ? $"At most {options.RefreshesPerMinute} token refreshes a minute from one address; try again in {seconds} seconds."
                    : "Too many sign-ins from this address at once; try again in a moment.";
                return new ValueTask(TooManyAttemptsResult.WriteAsync(context.HttpContext, seconds, detail));
            };
        });
        return options;
    }
}
