using Hub.Application.Common.Exceptions;
using Hub.Application.Identity;
using Hub.Application.Identity.Contracts;
using Hub.Domain.Common;
using Hub.Infrastructure.Common.Modules;
using Hub.Infrastructure.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// The account's part of a data export and of an erasure. An erased account keeps its id (every module refers to it)
/// but nothing that names or reaches the person; its new security stamp and the lock-out end every token and cookie,
/// and the save empties this instance's authentication caches (ADR 0021).
/// </summary>
internal sealed class AccountPersonalData(HubIdentityDbContext database, UserManager<HubUser> users, LastAdminRule lastAdmin) : IAccountPersonalData
{
    public const string ErasedName = "Erased person";
    public const string ErasedDomain = "erased.invalid";

    public async Task<IdentityPersonalDataDto?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await database.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var refreshes = await database.RefreshTokenUses.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.UsedAt).Select(r => r.UsedAt).ToListAsync(cancellationToken);
        var ended = await database.RevokedTokenFamilies.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.RevokedAt).Select(r => r.RevokedAt).ToListAsync(cancellationToken);
        return new IdentityPersonalDataDto(
            user.Id, user.Email ?? string.Empty, user.FullName, user.PhoneNumber, [.. await users.GetRolesAsync(user)], user.CreatedAt, user.EmailConfirmed,
            user.LockoutEnd, refreshes, ended);
    }

    public Task EraseAsync(Guid userId, CancellationToken cancellationToken) =>
        database.InRetriableTransactionAsync(
            async (transaction, token) =>
            {
                await EraseInTransactionAsync(userId, token);
                await transaction.CommitAsync(token);
                return true;
            },
            cancellationToken);

    private async Task EraseInTransactionAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await database.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken) ?? throw new NotFoundException("Person", userId);
        if (LastAdminRule.IsErased(user))
        {
            return;
        }

        // Erased and locked admins can never sign in: they do not count as another admin.
        await lastAdmin.EnsureAnotherActiveAdminAsync(user, "erasure.last-admin", cancellationToken);
        var placeholder = $"erased-{userId:N}@{ErasedDomain}";
        user.Email = user.UserName = placeholder;
        user.NormalizedEmail = user.NormalizedUserName = placeholder.ToUpperInvariant();
        user.EmailConfirmed = false;
        user.FullName = ErasedName;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.TwoFactorEnabled = false;
        user.PasswordHash = null;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        database.UserRoles.RemoveRange(database.UserRoles.Where(r => r.UserId == userId));
        database.UserClaims.RemoveRange(database.UserClaims.Where(c => c.UserId == userId));
        database.UserLogins.RemoveRange(database.UserLogins.Where(l => l.UserId == userId));
        database.UserTokens.RemoveRange(database.UserTokens.Where(t => t.UserId == userId));
        database.RefreshTokenUses.RemoveRange(database.RefreshTokenUses.Where(r => r.UserId == userId));
        await database.SaveChangesAsync(cancellationToken);
    }
}
