namespace Hub.Application.Common.Security;

/// <summary>Who sent the request: a person signed in with a token, a partner system with a key, or nobody.</summary>
public interface ICurrentUser
{
    /// <summary>The person's user id, or the partner key's id for a partner.</summary>
    Guid? Id { get; }

    bool IsAuthenticated { get; }

    bool IsPartner { get; }

    bool IsInRole(string role);

    bool HasScope(string scope);
}
