using Hub.Application.Common.Exceptions;
using Hub.Application.Common.Security;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Commands.CreateUser;

public sealed class CreateUserCommandHandler(IIdentityService identity, ICurrentUser currentUser) : ICommandHandler<CreateUserCommand, Guid>
{
    public async ValueTask<Guid> Handle(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var role = Roles.Normalize(command.Role)!;
        if (role is Roles.Admin or Roles.Manager && !currentUser.IsAdmin())
        {
            throw new ForbiddenException($"Only an admin may create {role} accounts.");
        }

        return await identity.CreateUserAsync(command.Email, command.Password, command.FullName, role, cancellationToken);
    }
}
