using Hub.Application.Identity.Queries.ListUsers;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Commands.ChangeUserRoles;

public sealed class ChangeUserRolesCommandHandler(IUserAccounts accounts) : ICommandHandler<ChangeUserRolesCommand, IdentityUserAccountDto>
{
    public async ValueTask<IdentityUserAccountDto> Handle(ChangeUserRolesCommand command, CancellationToken cancellationToken) =>
        await accounts.ChangeRolesAsync(command.Id, [.. command.Roles.Select(r => Roles.Normalize(r)!).Distinct()], command.Version, cancellationToken);
}
