using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Commands.RegisterFounder;

public sealed class RegisterFounderCommandHandler(IIdentityService identity) : ICommandHandler<RegisterFounderCommand, Guid>
{
    public async ValueTask<Guid> Handle(RegisterFounderCommand command, CancellationToken cancellationToken) =>
        await identity.CreateUserAsync(command.Email, command.Password, command.FullName, Roles.Founder, cancellationToken);
}
