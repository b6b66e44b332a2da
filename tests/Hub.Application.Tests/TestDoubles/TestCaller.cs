using Hub.Application.Common.Security;

namespace Hub.Application.Tests.TestDoubles;

/// <summary>A caller for authorization tests: a person with roles, a partner with scopes, the system, or nobody.</summary>
public sealed record TestCaller(bool IsAuthenticated, bool IsPartner, bool IsSystem, IReadOnlyList<string> Roles, IReadOnlyList<string> Scopes) : ICurrentUser
{
    public static readonly TestCaller Anonymous = new(false, false, false, [], []);

    public static readonly TestCaller System = new(true, false, true, [], []);

    public Guid? Id { get; } = IsSystem ? SystemActor.Id : IsAuthenticated ? Guid.NewGuid() : null;

    public static TestCaller Person(params string[] roles) => new(true, false, false, roles, []);

    public static TestCaller Partner(params string[] scopes) => new(true, true, false, ["Partner"], scopes);

    public bool IsInRole(string role) => Roles.Contains(role);

    public bool HasScope(string scope) => IsPartner && Scopes.Contains(scope);
}
