using System.Security.Claims;
using Hub.Application.Common.Security;
using Hub.Domain.Common;

namespace Hub.Api.Common.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public bool IsPartner => IsAuthenticated && Principal!.Identity!.AuthenticationType == AuthSchemes.ApiKey && Principal.IsInRole(Roles.Partner);

    public bool IsInRole(string role) => IsAuthenticated && Principal!.IsInRole(role);

    public bool HasScope(string scope) => IsPartner && Principal!.HasClaim(AuthSchemes.ScopeClaim, scope);
}
