using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Application.Common.Validation;
using Mediator;

namespace Hub.Application.Identity.Commands.SetPreferredTimeZone;

public sealed class SetPreferredTimeZoneCommandHandler(IIdentityService identity, ICurrentUser currentUser) : ICommandHandler<SetPreferredTimeZoneCommand>
{
    public async ValueTask<Unit> Handle(SetPreferredTimeZoneCommand command, CancellationToken cancellationToken) =>
        await identity.SetPreferredTimeZoneAsync(currentUser.RequireId(), IanaTimeZones.Find(command.TimeZone)?.Id, cancellationToken)
            ? Unit.Value
            : throw new UnauthenticatedException("This account no longer exists.");
}
