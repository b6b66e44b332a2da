using Hub.Application.Common.Notifications;
using Hub.Application.Identity.Notifications;
using Mediator;

namespace Hub.Application.Identity.Commands.SendPasswordResetLink;

public sealed class SendPasswordResetLinkCommandHandler(IIdentityService identity, INotificationSender notifications) : ICommandHandler<SendPasswordResetLinkCommand>
{
    public async ValueTask<Unit> Handle(SendPasswordResetLinkCommand command, CancellationToken cancellationToken)
    {
        if (await identity.IssuePasswordResetAsync(command.Email, cancellationToken) is { } reset)
        {
            await notifications.SendAsync(IdentityNotifications.PasswordReset(reset.UserId, reset.FullName, reset.Token), cancellationToken);
        }

        return Unit.Value;
    }
}
