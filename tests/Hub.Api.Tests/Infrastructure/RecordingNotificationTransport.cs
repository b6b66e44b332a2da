using System.Collections.Concurrent;
using Hub.Application.Common.Notifications;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// Wraps the app's real transport (SMTP to <see cref="SmtpSink"/>) and remembers what it delivered, with the
/// recipient's user id, for tests that ask "was this person told"; tests about the e-mail itself read the sink.
/// </summary>
public sealed class RecordingNotificationTransport : INotificationTransport
{
    private readonly ConcurrentQueue<AddressedNotification> _sent = new();

    public IReadOnlyCollection<AddressedNotification> Sent => _sent;

    /// <summary>The transport the app would use; set by the host when it is built.</summary>
    internal INotificationTransport? Inner { get; set; }

    /// <summary>Notifications this matches fail to send (the transport is down for them).</summary>
    public Func<AddressedNotification, bool> FailFor { get; set; } = _ => false;

    public async Task SendAsync(AddressedNotification notification, CancellationToken cancellationToken)
    {
        if (FailFor(notification))
        {
            throw new HttpRequestException("The mail server did not answer.");
        }

        if (Inner is not null)
        {
            await Inner.SendAsync(notification, cancellationToken);
        }

        _sent.Enqueue(notification);
    }

    public async Task<AddressedNotification> WaitForAsync(Func<AddressedNotification, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            var found = _sent.FirstOrDefault(match);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The expected notification was not delivered in time.");
    }
}
