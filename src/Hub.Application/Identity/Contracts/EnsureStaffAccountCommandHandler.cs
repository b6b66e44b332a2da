using Hub.Application.Common.Messaging;
using Hub.Application.Identity.Notifications;
using Hub.Domain.Common;
using Mediator;

namespace Hub.Application.Identity.Contracts;

public sealed class EnsureStaffAccountCommandHandler(IIdentityService identity, IOutbox outbox) : ICommandHandler<EnsureStaffAccountCommand, Guid>
{
    public async ValueTask<Guid> Handle(EnsureStaffAccountCommand command, CancellationToken cancellationToken)
    {
        var role = Roles.Normalize(command.Role) ?? throw new ArgumentException($"'{command.Role}' is not a role.", nameof(command));
        var account = await identity.EnsureAccountAsync(command.Email, command.FullName, role, cancellationToken);
        if (account.SetPasswordToken is { } token)
        {
            outbox.Add(IdentityNotifications.SetPassword(account.UserId, command.FullName, role, token));
        }

        return account.UserId;
    }
}
