using Hub.Api.Common.Security;

namespace Hub.Api.Identity;

/// <summary>Registration's budget per client address (<c>Hub:Auth:RegistrationsPerHour</c>): every attempt counts; then 429.</summary>
internal sealed class RegistrationLimitFilter(SignInLimits limits) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        limits.TryRegister(context.HttpContext.Connection.RemoteIpAddress) is { } refusal ? refusal.ToResult() : await next(context);
}
