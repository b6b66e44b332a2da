using Hub.Api.Common.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Common.Security;

/// <summary>
/// A refused caller gets problem details that say why (which role or scope was missing), not a bare 401/403, in
/// <c>application/problem+json</c> whatever its <c>Accept</c> header (see <see cref="ProblemJsonWriter"/>).
/// </summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        await _default.HandleAsync(next, context, policy, authorizeResult);
        if (authorizeResult.Succeeded || context.Response.HasStarted || IsRedirect(context.Response))
        {
            return;
        }

        var reason = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).FirstOrDefault();
        var (title, detail) = authorizeResult.Challenged
            ? ("Not signed in.", ProblemDefaults.SignInFirst)
            : ("Not allowed.", reason ?? ProblemDefaults.NotAllowed);
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = context.Response.StatusCode, Title = title, Detail = detail },
        });
    }

    /// <summary>A page (or the job dashboard) sent the person to the sign-in page instead.</summary>
    private static bool IsRedirect(HttpResponse response) => response.StatusCode is >= 300 and < 400;
}
