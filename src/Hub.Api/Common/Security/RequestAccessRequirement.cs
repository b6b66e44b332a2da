using Hub.Application.Common.Security;
using Microsoft.AspNetCore.Authorization;

namespace Hub.Api.Common.Security;

/// <summary>An endpoint's authorization: exactly what the request it sends allows, checked before its body is read.</summary>
internal sealed class RequestAccessRequirement(RequestAccess access)
    : AuthorizationHandler<RequestAccessRequirement>, IAuthorizationRequirement
{
    public RequestAccess Access { get; } = access;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RequestAccessRequirement requirement)
    {
        var caller = new PrincipalCurrentUser(context.User);
        if (requirement.Access.Decide(caller) == AccessDecision.Allowed)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, requirement.Access.RefusalFor(caller)));
        }

        return Task.CompletedTask;
    }
}
