using System.Security.Claims;
using Hub.Application.Common.Exceptions;
using Mediator;

namespace Hub.Application.Identity.Commands.RefreshToken;

public sealed class RefreshTokenCommandHandler(IIdentityService identity) : ICommandHandler<RefreshTokenCommand, ClaimsPrincipal>
{
    public async ValueTask<ClaimsPrincipal> Handle(RefreshTokenCommand command, CancellationToken cancellationToken) =>
        await identity.RefreshAsync(command.RefreshToken, cancellationToken)
        ?? throw new UnauthenticatedException("The refresh token is expired, unknown, or its account has changed: sign in again.");
}
