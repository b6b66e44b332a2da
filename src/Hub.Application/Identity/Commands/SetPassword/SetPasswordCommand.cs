using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Commands.SetPassword;

/// <summary>Sets an account's password with the one-time token of the link it was sent; a used, wrong or expired token is refused alike.</summary>
[AllowAnonymousCallers]
public sealed record SetPasswordCommand(Guid UserId, string Token, string Password) : ICommand;
