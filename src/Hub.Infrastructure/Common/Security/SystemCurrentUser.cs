using Hub.Application.Common.Security;

namespace Hub.Infrastructure.Common.Security;

/// <summary>The <see cref="ICurrentUser"/> of a system scope: <see cref="SystemActor"/>, allowed every request.</summary>
internal sealed class SystemCurrentUser : ICurrentUser
{
    public static readonly SystemCurrentUser Instance = new();

    private SystemCurrentUser()
    {
    }

    public Guid? Id => SystemActor.Id;

    public bool IsAuthenticated => true;

    public bool IsPartner => false;

    public bool IsSystem => true;

    public bool IsInRole(string role) => false;

    public bool HasScope(string scope) => false;
}
