using Hub.Application.Common.Notifications;
using Hub.Application.Identity;

namespace Hub.Infrastructure.Identity;

internal sealed class IdentityNotificationRecipients(IIdentityService identity) : INotificationRecipients
{
    public async Task<(string Email, string Name)?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        await identity.FindPersonAsync(userId, cancellationToken) is { } person ? (person.Email, person.FullName) : null;
}
