namespace Hub.Application.Common.Security;

/// <summary>
/// People with any of these roles may send the request. Read by the authorization behaviour before validation,
/// and by the endpoint that sends the request, so the rule holds whoever sends it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowRolesAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}
