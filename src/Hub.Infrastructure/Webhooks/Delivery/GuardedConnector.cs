using System.Net;
using System.Net.Sockets;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Infrastructure.Webhooks.Delivery;

/// <summary>
/// Connects deliveries only where they may go, checked on the addresses actually dialled. Public only (the default):
/// a URL's host may resolve to 10.0.0.5 or 127.0.0.1 although it passed the check at subscription time, or change
/// its answer later (DNS rebinding). Loopback only (development and tests): nothing leaves the machine, and no
/// name but <c>localhost</c> is even looked up.
/// </summary>
internal static class GuardedConnector
{
    public static async ValueTask<Stream> PublicOnlyAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        return await ConnectAsync(host, addresses.Where(WebhookUrlRule.IsPublic).ToArray(), context.DnsEndPoint.Port, cancellationToken);
    }

    public static async ValueTask<Stream> LoopbackOnlyAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host, out var literal) ? [literal]
            : string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ? [IPAddress.Loopback, IPAddress.IPv6Loopback]
            : [];
        return await ConnectAsync(host, addresses.Where(IPAddress.IsLoopback).ToArray(), context.DnsEndPoint.Port, cancellationToken);
    }

    private static async ValueTask<Stream> ConnectAsync(string host, IPAddress[] allowed, int port, CancellationToken cancellationToken)
    {
        if (allowed.Length == 0)
        {
            throw new WebhookAddressRefusedException(host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
