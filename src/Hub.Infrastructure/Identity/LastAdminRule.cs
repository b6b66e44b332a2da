using Hub.Domain.Common;
using Hub.Infrastructure.Identity.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// The hub always keeps an active admin: one who holds the role, is not locked and was not erased. Demoting, locking
/// and erasing an active admin all ask this one rule, each with its own error code. Inside a transaction it first takes
/// a transaction-scoped advisory lock, so two admins removing each other at the same moment are served one at a time.
/// </summary>
internal sealed class LastAdminRule(HubIdentityDbContext database, TimeProvider clock)
{
    /// <summary>An arbitrary number that names the hub's one "who is an admin" lock among PostgreSQL's advisory locks.</summary>
    private const long AdvisoryLockKey = 0x4855_4241_444D_494E;

    public static bool IsErased(HubUser user) => user.Email?.EndsWith($"@{AccountPersonalData.ErasedDomain}", StringComparison.Ordinal) == true;

    /// <summary>Refuses (422 with <paramref name="code"/>) to take away <paramref name="user"/> when they are the last active admin.</summary>
    public async Task EnsureAnotherActiveAdminAsync(HubUser user, string code, CancellationToken cancellationToken)
    {
        if (database.Database.CurrentTransaction is not null)
        {
            await database.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        }

        var now = clock.GetUtcNow();
        var erased = $"@{AccountPersonalData.ErasedDomain}";
        var admins = database.UserRoles
            .Where(link => database.Roles.Any(r => r.Id == link.RoleId && r.Name == Roles.Admin))
            .Join(database.Users, link => link.UserId, u => u.Id, (_, u) => u)
            .Where(u => !(u.LockoutEnabled && u.LockoutEnd != null && u.LockoutEnd > now) && !u.Email!.EndsWith(erased));
        if (!await admins.AnyAsync(u => u.Id == user.Id, cancellationToken))
        {
            return;
        }

        if (!await admins.AnyAsync(u => u.Id != user.Id, cancellationToken))
        {
            throw new BusinessRuleException(code, "This is the last active admin account: make another admin (or unlock one) first.");
        }
    }
}
