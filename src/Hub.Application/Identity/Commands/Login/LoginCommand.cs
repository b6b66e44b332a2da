using System.Security.Claims;
using Mediator;

namespace Hub.Application.Identity.Commands.Login;

/// <summary>Checks a person's credentials; the host turns the principal into a bearer token.</summary>
public sealed record LoginCommand(string Email, string Password) : ICommand<ClaimsPrincipal>;
