namespace Hub.Application.Common.Security;

public enum AccessDecision
{
    Allowed,

    /// <summary>Nobody is signed in, and the request needs someone: 401.</summary>
    Unauthenticated,

    /// <summary>Signed in, but without a role or scope the request allows: 403.</summary>
    Forbidden,
}
