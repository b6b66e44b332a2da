using System.Collections.Concurrent;
using Hub.Application.Common.Notifications;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Stands in for the e-mail transport (a true outside port) and remembers what it was given.</summary>
public sealed class RecordingNotificationTransport : INotificationTransport
{
    private readonly ConcurrentQueue<AddressedNotification> _sent = new();

    public IReadOnlyCollection<AddressedNotification> Sent => _sent;

    /// <summary>Notifications this matches fail to send (the transport is down for them).</summary>
    public Func<AddressedNotification, bool> FailFor { get; set; } = _ => false;

    public Task SendAsync(AddressedNotification notification, CancellationToken cancellationToken)
    {
        if (FailFor(notification))
        {
            throw new HttpRequestException("The mail server did not answer.");
        }

        _sent.Enqueue(notification);
        return Task.CompletedTask;
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
