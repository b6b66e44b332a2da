using System.Security.Claims;
using System.Text.Encodings.Web;
using Hub.Application.Identity.Queries.AuthenticatePartnerKey;
using Hub.Domain.Common;
using Mediator;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Hub.Api.Common.Security;

/// <summary>Signs in a partner system by its <c>X-Api-Key</c>, with one claim per scope of the key.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISender sender) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthSchemes.ApiKeyHeader, out var key) || string.IsNullOrWhiteSpace(key))
        {
            return AuthenticateResult.NoResult();
        }

        var partner = await sender.Send(new AuthenticatePartnerKeyQuery(key.ToString()), Context.RequestAborted);
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
}
