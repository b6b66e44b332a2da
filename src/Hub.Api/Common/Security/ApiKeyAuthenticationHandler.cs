using System.Security.Claims;
using System.Text.Encodings.Web;
using Hub.Application.Common.Security;
using Hub.Application.Identity;
using Hub.Application.Identity.Queries.AuthenticatePartnerKey;
using Hub.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Hub.Api.Common.Security;

/// <summary>
/// Signs in a partner system by its <c>X-Api-Key</c>, with one claim per scope of the key. An active key found is
/// kept <see cref="HubAuthOptions.AccountCheckInterval"/> by its hash, and dropped at once when a key is revoked on
/// this instance (ADR 0021); unknown keys are always looked up.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISender sender,
    IMemoryCache cache,
    ICredentialChanges credentialChanges,
    IOptions<HubAuthOptions> auth) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var key) || string.IsNullOrWhiteSpace(key))
        {
            return AuthenticateResult.NoResult();
        }

        var partner = await FindAsync(key.ToString());
        if (partner is null)
        {
            return AuthenticateResult.Fail("Unknown or revoked partner key.");
        }

        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, partner.KeyId.ToString()),
            new(ClaimTypes.Name, partner.Name),
            new(ClaimTypes.Role, Roles.Partner),
            .. partner.Scopes.Select(scope => new Claim(AuthSchemes.ScopeClaim, scope)),
        ];
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, AuthSchemes.ApiKey));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, AuthSchemes.ApiKey));
    }

    private async Task<AuthenticatedPartner?> FindAsync(string key)
    {
        var interval = auth.Value.AccountCheckInterval;
        if (interval <= TimeSpan.Zero || key.Length > 200)
        {
            return await sender.Send(new AuthenticatePartnerKeyQuery(key), Context.RequestAborted);
        }

        var cacheKey = "hub.partner-key:" + PartnerKeySecret.Hash(key.Trim());
        if (cache.TryGetValue(cacheKey, out AuthenticatedPartner? known))
        {
            return known;
        }

        // Taken before the lookup: a revocation saved while it runs empties the entry it is about to make.
        var changed = credentialChanges.OfPartnerKeys();
        var partner = await sender.Send(new AuthenticatePartnerKeyQuery(key), Context.RequestAborted);
        if (partner is not null)
        {
            using var entry = cache.CreateEntry(cacheKey);
            entry.Value = partner;
            entry.AbsoluteExpirationRelativeToNow = interval;
            entry.AddExpirationToken(changed);
        }

        return partner;
    }
}
