using Hub.Infrastructure.Identity.Persistence;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Identity;

/// <summary>
/// Each refresh token works once (ADR 0015). Trading one in records its id; a second trade of the same id means a copy
/// is in someone else's hands (or a client retried), so the whole family (every token descended from that login, access
/// tokens included) is revoked. Rows that can no longer matter are purged as refreshes go by.
/// </summary>
internal sealed partial class RefreshTokenRotation(
    HubIdentityDbContext database,
    CredentialChanges credentialChanges,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock,
    ILogger<RefreshTokenRotation> logger)
{
    /// <summary>Records the first use of a refresh token; false (and the family revoked) when it was used before or its family was ended.</summary>
    public async Task<bool> TryUseAsync(Guid tokenId, Guid familyId, Guid userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (await IsRevokedAsync(familyId, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        await PurgeAsync(now, cancellationToken);
        var firstUse = await database.Database.ExecuteSqlAsync(
            $"INSERT INTO identity.refresh_token_uses (token_id, family_id, user_id, used_at, expires_at) VALUES ({tokenId}, {familyId}, {userId}, {now}, {expiresAt}) ON CONFLICT (token_id) DO NOTHING",
            cancellationToken);
        if (firstUse == 1)
        {
            return true;
        }

        await database.Database.ExecuteSqlAsync(
            $"INSERT INTO identity.revoked_token_families (family_id, user_id, revoked_at) VALUES ({familyId}, {userId}, {now}) ON CONFLICT (family_id) DO NOTHING",
            cancellationToken);
        credentialChanges.PersonChanged(userId);
        LogReuse(logger, userId, familyId);
        return false;
    }

    public Task<bool> IsRevokedAsync(Guid familyId, CancellationToken cancellationToken) =>
        database.RevokedTokenFamilies.AnyAsync(f => f.FamilyId == familyId, cancellationToken);

    /// <summary>A used token's row matters until the token expires; a revoked family's until its last token could have (one refresh lifetime).</summary>
    private async Task PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var familyHorizon = now - bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenExpiration;
        await database.RefreshTokenUses.Where(u => u.ExpiresAt < now).ExecuteDeleteAsync(cancellationToken);
        await database.RevokedTokenFamilies.Where(f => f.RevokedAt < familyHorizon).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A refresh token of user {UserId} was used a second time: every token of its sign-in {FamilyId} is revoked")]
    private static partial void LogReuse(ILogger logger, Guid userId, Guid familyId);
}
