using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Commands.SetPreferredCulture;

public sealed class SetPreferredCultureCommandHandler(IIdentityService identity, ICurrentUser currentUser) : ICommandHandler<SetPreferredCultureCommand>
{
    public async ValueTask<Unit> Handle(SetPreferredCultureCommand command, CancellationToken cancellationToken) =>
        await identity.SetPreferredCultureAsync(currentUser.RequireId(), command.Culture, cancellationToken)
            ? Unit.Value
            : throw new UnauthenticatedException("This account no longer exists.");
}
