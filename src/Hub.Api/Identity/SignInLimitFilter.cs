using Hub.Api.Common.Security;
using Hub.Application.Common.Exceptions;

namespace Hub.Api.Identity;

/// <summary>
/// Sign-in's budget of failures (ADR 0015): refused with 429 while the client address or the e-mail has failed too
/// often lately; a failure is counted against both and its answer held back a little longer with each failure of the
/// address. A success spends nothing, but is not revealed (429 too) once the budget ran out while it was being checked.
/// </summary>
internal sealed class SignInLimitFilter(SignInLimits limits) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var address = context.HttpContext.Connection.RemoteIpAddress;
        var email = context.Arguments.OfType<LoginRequest>().FirstOrDefault()?.Email ?? string.Empty;
        if (limits.RefuseSignIn(address, email) is { } refusal)
        {
            return refusal.ToResult();
        }

        object? result;
        try
        {
            result = await next(context);
        }
        catch (UnauthenticatedException)
        {
            await HoldBackAsync(limits.RecordFailure(address, email), context.HttpContext.RequestAborted);
            throw;
        }

        return limits.RefuseSignIn(address, email) is { } late ? late.ToResult() : result;
    }

    /// <summary>Real time, not the app's clock: the client waits, whatever time the domain thinks it is.</summary>
    internal static async Task HoldBackAsync(TimeSpan delay, CancellationToken aborted)
    {
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        try
        {
            await Task.Delay(delay, aborted);
        }
        catch (OperationCanceledException)
        {
            // The client left; the failure is counted all the same.
        }
    }
}
