using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// A TCP relay on a loopback port in front of PostgreSQL, so a test can take the database away from one app and give
/// it back, as a restart or a network cut would, without touching the server the other tests use. <see cref="Cut"/>
/// drops every relayed connection and refuses new ones; <see cref="HangUp"/> drops them too and accepts new ones only
/// to close them at once, as a server that is shutting down may; <see cref="Restore"/> relays again on the same port.
/// </summary>
public sealed class TcpFaultProxy : IAsyncDisposable
{
    private readonly DnsEndPoint _target;
    private readonly ConcurrentDictionary<Relay, byte> _relays = new();
    private readonly object _gate = new();
    private TcpListener? _listener;
    private volatile bool _hangingUp;

    public TcpFaultProxy(string targetHost, int targetPort)
    {
        _target = new DnsEndPoint(targetHost, targetPort);
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        Accept(listener);
    }

    public int Port { get; }

    /// <summary>Closes every relayed connection and stops listening: new connections are refused.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
        }

        foreach (var relay in _relays.Keys)
        {
            relay.Close();
        }
    }

    /// <summary>Closes every relayed connection, and every new one as soon as it is accepted.</summary>
    public void HangUp()
    {
        _hangingUp = true;
        foreach (var relay in _relays.Keys)
        {
            relay.Close();
        }
    }

    /// <summary>Relays again, listening on the same port if it was cut.</summary>
    public void Restore()
    {
        _hangingUp = false;
        lock (_gate)
        {
            if (_listener is not null)
            {
                return;
            }
        }

        var listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        Accept(listener);
    }

    public ValueTask DisposeAsync()
    {
        Cut();
        return ValueTask.CompletedTask;
    }

    private void Accept(TcpListener listener)
    {
        lock (_gate)
        {
            _listener = listener;
        }

        _ = Task.Run(async () =>
        {
            while (true)
            {
                Socket client;
                try
                {
                    client = await listener.AcceptSocketAsync();
                }
                catch (Exception error) when (error is SocketException or ObjectDisposedException or InvalidOperationException)
                {
                    return; // stopped by Cut
                }

                if (_hangingUp)
                {
                    client.Dispose();
                    continue;
                }

                _ = RelayAsync(client);
            }
        });
    }

    private async Task RelayAsync(Socket client)
    {
        var server = new Socket(SocketType.Stream, ProtocolType.Tcp);
        var relay = new Relay(client, server);
        _relays[relay] = 0;
        try
        {
            await server.ConnectAsync(_target);
            await Task.WhenAll(PumpAsync(client, server), PumpAsync(server, client));
        }
        catch (Exception error) when (error is SocketException or ObjectDisposedException)
        {
            // The server refused, or Cut closed both.
        }
        finally
        {
            relay.Close();
            _relays.TryRemove(relay, out _);
        }
    }

    /// <summary>
    /// Copies one direction until its end closes, then closes that direction only, as TCP does end to end: what a
    /// server said before it went away (PostgreSQL's 57P01) still reaches the client before the end of the stream.
    /// </summary>
    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception error) when (error is SocketException or ObjectDisposedException)
        {
            // The other end is gone, or Cut closed both: nothing more goes either way.
            from.Dispose();
            to.Dispose();
        }
    }

    private sealed class Relay(Socket client, Socket server)
    {
        public void Close()
        {
            client.Dispose();
            server.Dispose();
        }
    }
}
