using System.Linq.Expressions;
using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Paging;
using Hub.Application.Identity;
using Hub.Application.Identity.Queries.ListUsers;
using Hub.Domain.Common;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// The accounts as an admin manages them. A change of roles or a lock gives the account a new security stamp, which
/// ends its tokens and cookies (the sign-in check compares it, ADR 0021) and its refresh tokens; the holder signs in
/// again and gets the new roles. The version is Identity's concurrency stamp, checked by the same UPDATE.
/// </summary>
internal sealed class UserAccounts(HubIdentityDbContext database, LastAdminRule lastAdmin, CredentialChanges credentialChanges, TimeProvider clock) : IUserAccounts
{
    public const string LastAdminCode = "users.last-admin";

    public async Task<PagedList<IdentityUserAccountDto>> ListAsync(string? role, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        var users = database.Users.AsNoTracking();
        if (role is not null)
        {
            users = users.Where(u => database.UserRoles.Any(link => link.UserId == u.Id && database.Roles.Any(r => r.Id == link.RoleId && r.Name == role)));
        }

        if (search is not null)
        {
            // A sequential scan with ILIKE: a few milliseconds at 10 000 accounts, the most the hub will hold.
            var pattern = $"%{search.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal)}%";
            users = users.Where(u => EF.Functions.ILike(u.FullName, pattern, @"\") || EF.Functions.ILike(u.Email!, pattern, @"\"));
        }

        var total = await users.CountAsync(cancellationToken);
        var items = await users.OrderBy(u => u.FullName).ThenBy(u => u.Id).Skip(page.Skip).Take(page.PageSize).Select(Account()).ToListAsync(cancellationToken);
        return new PagedList<IdentityUserAccountDto>(items, page.Page, page.PageSize, total);
    }

    public Task<IdentityUserAccountDto?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        database.Users.AsNoTracking().Where(u => u.Id == userId).Select(Account()).FirstOrDefaultAsync(cancellationToken);

    public async Task<IdentityUserAccountDto> ChangeRolesAsync(Guid userId, IReadOnlyList<string> roles, string version, CancellationToken cancellationToken)
    {
        await ChangeAsync(userId, version, async (user, token) =>
        {
            if (!roles.Contains(Roles.Admin))
            {
                await lastAdmin.EnsureAnotherActiveAdminAsync(user, LastAdminCode, token);
            }

            var wanted = await database.Roles.Where(r => roles.Contains(r.Name!)).Select(r => r.Id).ToListAsync(token);
            var held = await database.UserRoles.Where(link => link.UserId == userId).ToListAsync(token);
            database.UserRoles.RemoveRange(held.Where(link => !wanted.Contains(link.RoleId)));
            database.UserRoles.AddRange(wanted.Where(id => held.All(link => link.RoleId != id)).Select(id => new IdentityUserRole<Guid> { UserId = userId, RoleId = id }));
            user.SecurityStamp = NewStamp();
        }, cancellationToken);
        return (await FindAsync(userId, cancellationToken))!;
    }

    public async Task LockAsync(Guid userId, Guid? lockedBy, CancellationToken cancellationToken)
    {
        if (lockedBy == userId)
        {
            throw new BusinessRuleException("users.lock-self", "An admin cannot lock their own account.");
        }

        await ChangeAsync(userId, null, async (user, token) =>
        {
            await lastAdmin.EnsureAnotherActiveAdminAsync(user, LastAdminCode, token);
            user.LockoutEnabled = true;
            user.LockoutEnd = DateTimeOffset.MaxValue;
            user.SecurityStamp = NewStamp();
        }, cancellationToken);
    }

    public Task UnlockAsync(Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(userId, null, (user, _) =>
        {
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            return Task.CompletedTask;
        }, cancellationToken);

    /// <summary>Loads the account, refuses an erased one, applies the change and saves it with a new version, in one transaction.</summary>
    private async Task ChangeAsync(Guid userId, string? version, Func<HubUser, CancellationToken, Task> change, CancellationToken cancellationToken)
    {
        await database.InRetriableTransactionAsync(
            async (transaction, token) =>
            {
                var user = await database.Users.FirstOrDefaultAsync(u => u.Id == userId, token) ?? throw new NotFoundException("User", userId);
                if (LastAdminRule.IsErased(user))
                {
                    throw new BusinessRuleException("users.erased", "This account was erased: it cannot be changed.");
                }

                if (version is not null)
                {
                    if (!string.Equals(user.ConcurrencyStamp, version, StringComparison.Ordinal))
                    {
                        throw new DbUpdateConcurrencyException("The account was changed since its version was read.");
                    }

                    database.Entry(user).Property(u => u.ConcurrencyStamp).OriginalValue = version;
                }

                await change(user, token);
                user.ConcurrencyStamp = NewStamp();
                await database.SaveChangesAsync(token);
                await transaction.CommitAsync(token);
                return true;
            },
            cancellationToken);

        // Again after the commit: a sign-in check that ran between the save and the commit read the old account.
        credentialChanges.PersonChanged(userId);
    }

    private Expression<Func<HubUser, IdentityUserAccountDto>> Account()
    {
        var now = clock.GetUtcNow();
        var erased = $"@{AccountPersonalData.ErasedDomain}";
        return u => new IdentityUserAccountDto(
            u.Id,
            u.Email ?? string.Empty,
            u.FullName,
            database.UserRoles.Where(link => link.UserId == u.Id)
                .Join(database.Roles, link => link.RoleId, r => r.Id, (_, r) => r.Name!)
                .OrderBy(name => name)
                .ToList(),
            u.LockoutEnabled && u.LockoutEnd != null && u.LockoutEnd > now,
            u.Email!.EndsWith(erased),
            u.CreatedAt,
            u.ConcurrencyStamp ?? string.Empty);
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
