using Hub.Application.Common.Notifications;
using Hub.Application.Identity;

namespace Hub.Infrastructure.Identity;

internal sealed class IdentityNotificationRecipients(IIdentityService identity) : INotificationRecipients
{
    public async Task<NotificationRecipient?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        await identity.FindPersonAsync(userId, cancellationToken) is { } person ? new NotificationRecipient(person.Email, person.FullName, person.Culture) : null;
}
