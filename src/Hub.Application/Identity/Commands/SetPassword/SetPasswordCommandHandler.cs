using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Commands.SetPassword;

public sealed class SetPasswordCommandHandler(IIdentityService identity) : ICommandHandler<SetPasswordCommand>
{
    public async ValueTask<Unit> Handle(SetPasswordCommand command, CancellationToken cancellationToken)
    {
        // An unknown account answers like a wrong token, so the answer does not tell whether the account exists.
        if (!await identity.SetPasswordAsync(command.UserId, command.Token, command.Password, cancellationToken))
        {
            throw new BusinessRuleException("auth.set-password-link", "This link is not valid: it is wrong, already used or expired. Ask the hub for a new one.");
        }

        return Unit.Value;
    }
}
