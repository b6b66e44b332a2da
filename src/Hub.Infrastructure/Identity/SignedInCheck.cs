using System.Security.Claims;
using Hub.Infrastructure.Identity.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Hub.Application.Common.Security;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// Whether a token or cookie still stands for a valid sign-in: the account exists, is not locked out, its security
/// stamp (changed with the password) is the one signed in with, and its token family was not revoked. The answer is
/// kept <see cref="AccountCheckOptions.AccountCheckInterval"/> per sign-in, so a lock-out takes effect within that
/// time at the cost of one small query per sign-in and interval; on the instance that saved the change, at once
/// (<see cref="CredentialChanges"/>, ADR 0021).
/// </summary>
internal sealed class SignedInCheck(
    IServiceProvider services,
    IMemoryCache cache,
    CredentialChanges credentialChanges,
    IOptions<IdentityOptions> identityOptions,
    IOptions<AccountCheckOptions> options,
    TimeProvider clock) : ISignInCheck
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        var claims = identityOptions.Value.ClaimsIdentity;
        if (!Guid.TryParse(principal.FindFirstValue(claims.UserIdClaimType), out var userId))
        {
            return false;
        }

        var stamp = principal.FindFirstValue(claims.SecurityStampClaimType);
        var family = TokenFamilyClaims.FamilyOf(principal);
        var interval = options.Value.AccountCheckInterval;
        var key = $"hub.signed-in:{userId}:{stamp}:{family}";
        if (interval > TimeSpan.Zero && cache.TryGetValue(key, out bool known))
        {
            return known;
        }

        // Taken before the query: a change saved while it runs empties the entry it is about to make.
        var changed = credentialChanges.OfPerson(userId);
        var current = await CheckAsync(userId, stamp, family, cancellationToken);
        if (interval > TimeSpan.Zero)
        {
            using var entry = cache.CreateEntry(key);
            entry.Value = current;
            entry.AbsoluteExpirationRelativeToNow = interval;
            entry.AddExpirationToken(changed);
        }

        return current;
    }

    // The account store is resolved only on a miss: building it (a DbContext and more) would cost every request.
    private async Task<bool> CheckAsync(Guid userId, string? stamp, Guid? family, CancellationToken cancellationToken)
    {
        var database = services.GetRequiredService<HubIdentityDbContext>();
        var rotation = services.GetRequiredService<RefreshTokenRotation>();
        var account = await database.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnabled, u.LockoutEnd })
            .FirstOrDefaultAsync(cancellationToken);
        var lockedOut = account is { LockoutEnabled: true, LockoutEnd: { } end } && end >= clock.GetUtcNow();
        return account is not null
            && !lockedOut
            && string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal)
            && (family is not { } id || !await rotation.IsRevokedAsync(id, cancellationToken));
    }
}
