using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Hub.Api.Common.Security;

/// <summary>
/// Bearer tokens as Identity writes them, but each one read only once: decrypting a token (key derivation, HMAC,
/// AES, deserialising the claims) was a twentieth of a signed-in list request, repeated on every request with the
/// same token. Reading is a pure function of the token text, so remembering it changes no answer: the handler
/// still checks the expiry, and <see cref="CheckedBearerHandler"/> still asks whether the sign-in stands. Each
/// caller gets its own copy of the principal, so nothing done to one request's user reaches another's (ADR 0031).
/// </summary>
internal sealed class RememberedTicketFormat(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>, IDisposable
{
    /// <summary>Tokens remembered at once; beyond it the least recently used are forgotten (about 2 KB each).</summary>
    public const int Capacity = 20_000;

    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    private readonly MemoryCache read = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (string.IsNullOrEmpty(protectedText))
        {
            return null;
        }

        if (purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        if (!read.TryGetValue(protectedText, out AuthenticationTicket? ticket))
        {
            ticket = inner.Unprotect(protectedText);
            // The lifetime is measured on the app's clock, as the handler measures the expiry.
            var lifetime = ticket?.Properties.ExpiresUtc - clock.GetUtcNow();
            if (lifetime is not { } left || left <= TimeSpan.Zero)
            {
                return ticket;
            }

            read.Set(protectedText, ticket, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = left, SlidingExpiration = Unused });
        }

        // ClaimsPrincipal.Clone shares its identities: copy those too.
        return ticket is null
            ? null
            : new AuthenticationTicket(new ClaimsPrincipal(ticket.Principal.Identities.Select(identity => identity.Clone())), ticket.Properties.Clone(), ticket.AuthenticationScheme);
    }

    public void Dispose() => read.Dispose();
}
