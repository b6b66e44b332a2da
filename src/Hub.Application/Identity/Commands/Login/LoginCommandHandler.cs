using System.Security.Claims;
using Hub.Application.Common.Exceptions;
using Mediator;

namespace Hub.Application.Identity.Commands.Login;

public sealed class LoginCommandHandler(IIdentityService identity) : ICommandHandler<LoginCommand, ClaimsPrincipal>
{
    public async ValueTask<ClaimsPrincipal> Handle(LoginCommand command, CancellationToken cancellationToken) =>
        await identity.SignInAsync(command.Email, command.Password, cancellationToken)
        ?? throw new UnauthenticatedException("The e-mail or password is wrong, or the account is locked for a few minutes after repeated failures.");
}
