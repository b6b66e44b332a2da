namespace Hub.Application.Common.Security;

/// <summary>
/// A module's public query (in its <c>Contracts</c>), sent by another module's handler on behalf of a request that
/// was already authorized, or by the system. No endpoint sends it: an architecture test holds the API to that.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowModuleCallersAttribute : Attribute;
