using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace Hub.Api.Common.Security;

/// <summary>A refused caller gets problem details that say why (which role or scope was missing), not a bare 401/403.</summary>
internal sealed class ProblemAuthorizationResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        await _default.HandleAsync(next, context, policy, authorizeResult);
        if (authorizeResult.Succeeded || context.Response.HasStarted)
        {
            return;
        }

        var reason = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).FirstOrDefault();
        var (title, detail) = authorizeResult.Challenged
            ? ("Not signed in.", "Sign in first: send 'Authorization: Bearer <accessToken>', or a partner key as 'X-Api-Key'.")
            : ("Not allowed.", reason ?? "You may not do this.");
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = context.Response.StatusCode, Title = title, Detail = detail },
        });
    }
}
