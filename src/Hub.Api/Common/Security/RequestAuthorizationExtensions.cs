using Hub.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.Common.Security;

internal static class RequestAuthorizationExtensions
{
    /// <summary>
    /// Declares the request this endpoint sends: the endpoint is authorized as the request's <c>Allow…</c> attributes
    /// say (before the body is bound, so a caller who may not call gets 401/403, never 400), and the OpenAPI document
    /// reads the same declaration: the 401/403 problem answers here, the security and the roles or scopes in
    /// <c>RequestAccessOperationTransformer</c>. The mediator's authorization behaviour checks it again for every other sender.
    /// </summary>
    public static RouteHandlerBuilder Sends<TRequest>(this RouteHandlerBuilder endpoint)
    {
        var access = RequestAccess.For(typeof(TRequest));
        if (!access.IsDeclared)
        {
            throw new InvalidOperationException($"{typeof(TRequest).Name} does not say who may send it: give it an Allow… attribute.");
        }

        endpoint.WithMetadata(access);
        return access.NeedsCaller
            ? endpoint
                .RequireAuthorization(new AuthorizationPolicyBuilder().AddRequirements(new RequestAccessRequirement(access)).Build())
                .ProducesProblem(StatusCodes.Status401Unauthorized)
                .ProducesProblem(StatusCodes.Status403Forbidden)
            : endpoint.AllowAnonymous();
    }
}
