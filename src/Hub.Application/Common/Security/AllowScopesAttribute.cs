namespace Hub.Application.Common.Security;

/// <summary>Partner systems whose key carries any of these scopes may send the request.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowScopesAttribute(params string[] scopes) : Attribute
{
    public IReadOnlyList<string> Scopes { get; } = scopes;
}
