using System.Net;
using System.Net.Sockets;
using Hub.Domain.Webhooks.Subscriptions;

namespace Hub.Infrastructure.Webhooks.Delivery;

/// <summary>
/// Connects only to public addresses, checked after name resolution (a URL's host may resolve to 10.0.0.5 or
/// 127.0.0.1 even though it passed the check at subscription time, or change its answer later: DNS rebinding).
/// </summary>
internal static class PublicAddressConnector
{
    public static async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(WebhookUrlRule.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new WebhookAddressRefusedException(host);
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
