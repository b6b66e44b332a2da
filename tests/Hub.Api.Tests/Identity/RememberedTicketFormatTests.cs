using System.Security.Claims;
using Hub.Api.Common.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;

namespace Hub.Api.Tests.Identity;

/// <summary>Bearer tokens are decrypted once and remembered (ADR 0031): same answers, fewer decryptions, no shared principal.</summary>
public sealed class RememberedTicketFormatTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_token_is_decrypted_once_and_each_reader_gets_its_own_principal()
    {
        var inner = new CountingFormat(Ticket(Now.AddMinutes(15)));
        var format = new RememberedTicketFormat(inner, new FakeTimeProvider(Now));

        var first = format.Unprotect("token-a");
        first!.Principal.Identities.First().AddClaim(new Claim("added", "by one request"));
        var second = format.Unprotect("token-a");

        Assert.Equal(1, inner.Reads);
        Assert.Equal("founder-1", second!.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.Null(second.Principal.FindFirst("added"));
        Assert.NotSame(first.Properties, second.Properties);
    }

    [Fact]
    public void Expired_and_unreadable_tokens_are_read_again_each_time()
    {
        var clock = new FakeTimeProvider(Now);
        var expired = new CountingFormat(Ticket(Now.AddSeconds(-1)));
        var unreadable = new CountingFormat(null);
        var rememberingExpired = new RememberedTicketFormat(expired, clock);
        var rememberingUnreadable = new RememberedTicketFormat(unreadable, clock);

        rememberingExpired.Unprotect("t");
        rememberingExpired.Unprotect("t");
        Assert.Null(rememberingUnreadable.Unprotect("t"));
        Assert.Null(rememberingUnreadable.Unprotect("t"));
        Assert.Null(rememberingUnreadable.Unprotect(""));

        Assert.Equal(2, expired.Reads);
        Assert.Equal(2, unreadable.Reads);
    }

    private static AuthenticationTicket Ticket(DateTimeOffset expires) =>
        new(
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "founder-1")], "Bearer")),
            new AuthenticationProperties { ExpiresUtc = expires },
            "Bearer");

    private sealed class CountingFormat(AuthenticationTicket? ticket) : ISecureDataFormat<AuthenticationTicket>
    {
        public int Reads { get; private set; }

        public string Protect(AuthenticationTicket data) => "token";

        public string Protect(AuthenticationTicket data, string? purpose) => "token";

        public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

        public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
        {
            Reads++;
            return ticket;
        }
    }
}
