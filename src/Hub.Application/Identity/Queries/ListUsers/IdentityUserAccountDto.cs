namespace Hub.Application.Identity.Queries.ListUsers;

/// <summary>
/// An account as an admin sees it: <paramref name="Locked"/> until an admin unlocks it (or a lock-out after failed
/// sign-ins ends); <paramref name="Erased"/> when its personal data was erased; <paramref name="Version"/> is sent back
/// with a change of roles, so a change made meanwhile is not overwritten.
/// </summary>
public sealed record IdentityUserAccountDto(
    Guid Id, string Email, string FullName, IReadOnlyList<string> Roles, bool Locked, bool Erased, DateTimeOffset CreatedAt, string Version);
