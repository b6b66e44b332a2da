using Hub.Application.Common.Security;

namespace Hub.Api.Common.Security;

/// <summary>
/// The caller of the current HTTP request. Read on each use, not once per scope: the partner-key handler sends a
/// query in the request's scope before the caller is known.
/// </summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private PrincipalCurrentUser Caller => new(accessor.HttpContext?.User);

    public Guid? Id => Caller.Id;

    public bool IsAuthenticated => Caller.IsAuthenticated;

    public bool IsPartner => Caller.IsPartner;

    public bool IsSystem => false;

    public bool IsInRole(string role) => Caller.IsInRole(role);

    public bool HasScope(string scope) => Caller.HasScope(scope);
}
