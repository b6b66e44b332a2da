using Hub.Application.Common.Paging;
using Hub.Application.Identity.Queries.ListUsers;

namespace Hub.Application.Identity;

/// <summary>
/// The accounts as an admin manages them: listed, their roles replaced, locked and unlocked. Every change that removes
/// an active admin goes through the one last-admin rule, and ends the person's sign-ins (ADR 0021).
/// </summary>
public interface IUserAccounts
{
    Task<PagedList<IdentityUserAccountDto>> ListAsync(string? role, string? search, PageRequest page, CancellationToken cancellationToken);

    Task<IdentityUserAccountDto?> FindAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Replaces the person's roles if <paramref name="version"/> is still theirs (else a concurrency conflict); unknown person: 404.</summary>
    Task<IdentityUserAccountDto> ChangeRolesAsync(Guid userId, IReadOnlyList<string> roles, string version, CancellationToken cancellationToken);

    /// <summary>Locks the account for good (until unlocked) and ends its sign-ins; <paramref name="lockedBy"/> may not lock themselves.</summary>
    Task LockAsync(Guid userId, Guid? lockedBy, CancellationToken cancellationToken);

    Task UnlockAsync(Guid userId, CancellationToken cancellationToken);
}
