using Hub.Application.Common.Messaging;
using Hub.Application.Common.Notifications;
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
            outbox.Add(new OutgoingNotification(
                account.UserId,
                "EU-DIEH: нууц үгээ тохируулна уу / set your password",
                $"""
                 Сайн байна уу, {command.FullName.Trim()}. EU-DIEH хаб танд {role} эрхтэй бүртгэл нээлээ. Нууц үгээ доорх нэг удаагийн холбоосоор тохируулна уу.

                 Dear {command.FullName.Trim()}, the EU-DIEH hub has opened an account for you with the role {role}. Set your password with this one-time link
                 (it expires in {PasswordPolicy.SetPasswordLinkLifetime.TotalHours:0} hours):
                 /set-password?userId={account.UserId}&token={Uri.EscapeDataString(token)}
                 (POST /api/v1/auth/set-password with userId, token and password.)
                 """,
                "mn"));
        }

        return account.UserId;
    }
}
