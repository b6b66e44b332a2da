using Hub.Application.Common.Security;

namespace Hub.Benchmarks;

/// <summary>The probe's host has no HTTP caller: outside a system scope nobody is signed in.</summary>
public sealed class NoCaller : ICurrentUser
{
    public Guid? Id => null;

    public bool IsAuthenticated => false;

    public bool IsPartner => false;

    public bool IsSystem => false;

    public bool IsInRole(string role) => false;

    public bool HasScope(string scope) => false;
}
