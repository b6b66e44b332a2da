namespace Hub.Application.Common.Security;

/// <summary>Who sent the request: a person signed in with a token, a partner system with a key, the system itself, or nobody.</summary>
public interface ICurrentUser
{
    /// <summary>The person's user id, the partner key's id for a partner, or <see cref="SystemActor.Id"/> for the system.</summary>
    Guid? Id { get; }

    bool IsAuthenticated { get; }

    bool IsPartner { get; }

    /// <summary>A background job, the outbox or an inbox acting as <see cref="SystemActor"/>: allowed every request.</summary>
    bool IsSystem { get; }

    bool IsInRole(string role);

    bool HasScope(string scope);
}
