using Mediator;

namespace Hub.Application.Identity.Commands.UnlockUser;

public sealed class UnlockUserCommandHandler(IUserAccounts accounts) : ICommandHandler<UnlockUserCommand>
{
    public async ValueTask<Unit> Handle(UnlockUserCommand command, CancellationToken cancellationToken)
    {
        await accounts.UnlockAsync(command.Id, cancellationToken);
        return Unit.Value;
    }
}
