using Hub.Api.Common.Security;

namespace Hub.Api.Identity;

/// <summary>
/// Password-reset requests' budgets per client address and per e-mail as typed (<c>Hub:Auth:PasswordResetsPerHour</c>,
/// <c>PasswordResetsPerAccountPerHour</c>): every request counts, known e-mail or not; then 429.
/// </summary>
internal sealed class PasswordResetLimitFilter(SignInLimits limits) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var email = context.Arguments.OfType<PasswordResetRequest>().FirstOrDefault()?.Email ?? string.Empty;
        return limits.TryRequestPasswordReset(context.HttpContext.Connection.RemoteIpAddress, email) is { } refusal
            ? refusal.ToResult()
            : await next(context);
    }
}
