using System.Security.Claims;
using Hub.Application.Common.Security;
using Hub.Domain.Common;

namespace Hub.Api.Common.Security;

/// <summary>The caller a request's principal stands for: a person (bearer token or cookie), a partner key, or nobody.</summary>
internal sealed class PrincipalCurrentUser(ClaimsPrincipal? principal) : ICurrentUser
{
    public Guid? Id => Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsAuthenticated => principal?.Identity?.IsAuthenticated == true;

    public bool IsPartner => IsAuthenticated && principal!.Identity!.AuthenticationType == AuthSchemes.ApiKey && principal.IsInRole(Roles.Partner);

    public bool IsSystem => false;

    public bool IsInRole(string role) => IsAuthenticated && principal!.IsInRole(role);

    public bool HasScope(string scope) => IsPartner && principal!.HasClaim(AuthSchemes.ScopeClaim, scope);
}
