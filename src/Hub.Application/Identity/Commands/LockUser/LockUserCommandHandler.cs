using Hub.Application.Common.Security;
using Mediator;

namespace Hub.Application.Identity.Commands.LockUser;

public sealed class LockUserCommandHandler(IUserAccounts accounts, ICurrentUser currentUser) : ICommandHandler<LockUserCommand>
{
    public async ValueTask<Unit> Handle(LockUserCommand command, CancellationToken cancellationToken)
    {
        await accounts.LockAsync(command.Id, currentUser.Id, cancellationToken);
        return Unit.Value;
    }
}
