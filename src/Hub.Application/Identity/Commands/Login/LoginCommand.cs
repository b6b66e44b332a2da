using System.Security.Claims;
using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Commands.Login;

/// <summary>Checks a person's credentials; the host turns the principal into a bearer token.</summary>
[AllowAnonymousCallers]
public sealed record LoginCommand(string Email, string Password) : ICommand<ClaimsPrincipal>;
