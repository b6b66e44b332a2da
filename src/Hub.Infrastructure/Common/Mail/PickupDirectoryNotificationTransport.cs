using Hub.Application.Common.Notifications;
using Microsoft.Extensions.Logging;

namespace Hub.Infrastructure.Common.Mail;

/// <summary>
/// Writes each e-mail as an <c>.eml</c> file into a folder instead of sending it (Development), so nothing leaves the
/// machine; any mail program opens the files. Written under a temporary name and renamed, so a reader never sees half a file.
/// </summary>
internal sealed partial class PickupDirectoryNotificationTransport(MailOptions options, string directory, TimeProvider clock, ILogger<PickupDirectoryNotificationTransport> logger)
    : INotificationTransport
{
    public string Directory { get; } = directory;

    public async Task SendAsync(AddressedNotification notification, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var message = MailMessages.Create(notification, options, now);
        System.IO.Directory.CreateDirectory(Directory);
        var path = Path.Combine(Directory, $"{now:yyyyMMdd-HHmmss}-{Guid.CreateVersion7():N}.eml");
        var partial = path + ".part";
        await message.WriteToAsync(partial, cancellationToken);
        File.Move(partial, path);
        LogWritten(logger, notification.RecipientEmail, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "E-mail to {Recipient} written to {Path}")]
    private static partial void LogWritten(ILogger logger, string recipient, string path);
}
