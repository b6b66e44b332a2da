using System.Collections.Concurrent;
using System.Reflection;

namespace Hub.Application.Common.Security;

/// <summary>
/// Who may send one kind of request, as its <c>Allow…</c> attributes declare: roles of people, scopes of partner
/// keys, anyone, any person, other modules, or the system alone. The system actor may send every request.
/// </summary>
public sealed class RequestAccess
{
    /// <summary>What a caller without credentials is told, here and wherever the host refuses one.</summary>
    public const string SignInFirst = "Sign in first: send 'Authorization: Bearer <accessToken>', or a partner key as 'X-Api-Key'.";

    private static readonly ConcurrentDictionary<Type, RequestAccess> ByType = new();

    private RequestAccess(Type requestType)
    {
        RequestName = requestType.Name;
        Roles = requestType.GetCustomAttribute<AllowRolesAttribute>()?.Roles ?? [];
        Scopes = requestType.GetCustomAttribute<AllowScopesAttribute>()?.Scopes ?? [];
        Anonymous = requestType.IsDefined(typeof(AllowAnonymousCallersAttribute), inherit: false);
        AnyPerson = requestType.IsDefined(typeof(AllowAnyPersonAttribute), inherit: false);
        ModuleCallers = requestType.IsDefined(typeof(AllowModuleCallersAttribute), inherit: false);
        SystemOnly = requestType.IsDefined(typeof(AllowSystemOnlyAttribute), inherit: false);
    }

    public string RequestName { get; }

    public IReadOnlyList<string> Roles { get; }

    public IReadOnlyList<string> Scopes { get; }

    public bool Anonymous { get; }

    public bool AnyPerson { get; }

    public bool ModuleCallers { get; }

    public bool SystemOnly { get; }

    /// <summary>Whether the request says who may send it (every request must: an architecture test checks it).</summary>
    public bool IsDeclared => Anonymous || AnyPerson || ModuleCallers || SystemOnly || Roles.Count > 0 || Scopes.Count > 0;

    /// <summary>Whether a caller must be signed in (with a token or a key) to send it.</summary>
    public bool NeedsCaller => !Anonymous && !ModuleCallers;

    public static RequestAccess For(Type requestType) => ByType.GetOrAdd(requestType, type => new RequestAccess(type));

    public AccessDecision Decide(ICurrentUser caller)
    {
        if (caller.IsSystem || !NeedsCaller)
        {
            return AccessDecision.Allowed;
        }

        if (!caller.IsAuthenticated)
        {
            return AccessDecision.Unauthenticated;
        }

        var allowed = caller.IsPartner
            ? Scopes.Any(caller.HasScope)
            : AnyPerson || Roles.Any(caller.IsInRole);
        return allowed ? AccessDecision.Allowed : AccessDecision.Forbidden;
    }

    /// <summary>Why a caller was refused, in words a client developer can act on.</summary>
    public string RefusalFor(ICurrentUser caller) =>
        !caller.IsAuthenticated ? SignInFirst
        : SystemOnly ? "Only the hub itself (its background jobs) may do this."
        : caller.IsPartner ? Scopes.Count == 0
            ? "A partner key may not do this: it is for people of the programme."
            : $"This partner key lacks the scope this needs ({string.Join(" or ", Scopes)})."
        : Roles.Count == 0 && !AnyPerson
            ? "Only partner systems may do this."
            : $"Only {Describe(Roles)} may do this.";

    private static string Describe(IReadOnlyList<string> roles) =>
        roles.Count == 1 ? Plural(roles[0]) : $"{string.Join(", ", roles.Take(roles.Count - 1).Select(Plural))} and {Plural(roles[^1])}";

    private static string Plural(string role) => role == Domain.Common.Roles.Admin ? "admins" : $"{role.ToLowerInvariant()}s";
}
