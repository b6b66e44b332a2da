using System.Security.Claims;
using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Commands.RefreshToken;

/// <summary>Trades the refresh token of a login for a new access token, while the account is still valid.</summary>
[AllowAnonymousCallers]
public sealed record RefreshTokenCommand(string RefreshToken) : ICommand<ClaimsPrincipal>;
