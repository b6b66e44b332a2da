using System.Text.Encodings.Web;
using Hub.Application.Common.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hub.Api.Common.Security;

/// <summary>
/// Identity's bearer token, and then whether its sign-in still stands (account not locked out, password unchanged,
/// token family not revoked; kept briefly per sign-in): a token does not outlive the account's lock-out by more than
/// <c>Hub:Auth:AccountCheckInterval</c>. Challenges and forbids go to the bearer scheme itself.
/// </summary>
internal sealed class CheckedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISignInCheck signIn) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var result = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        return !result.Succeeded || await signIn.IsCurrentAsync(result.Principal, Context.RequestAborted)
            ? result
            : AuthenticateResult.Fail("The account is locked out, its password changed, or this sign-in was ended.");
    }
}
