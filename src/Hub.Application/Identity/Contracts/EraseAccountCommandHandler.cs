using Mediator;

namespace Hub.Application.Identity.Contracts;

public sealed class EraseAccountCommandHandler(IAccountPersonalData accounts) : ICommandHandler<EraseAccountCommand>
{
    public async ValueTask<Unit> Handle(EraseAccountCommand command, CancellationToken cancellationToken)
    {
        await accounts.EraseAsync(command.UserId, cancellationToken);
        return Unit.Value;
    }
}
