using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.ComponentModel;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback (a free port), started once for the test run: every host of the suite sends its
/// e-mail here through MailKit, and it keeps what it received. It can refuse messages, as a full or failing server does.
/// </summary>
public sealed class SmtpSink
{
    private static readonly Lazy<Task<SmtpSink>> Started = new(StartAsync);

    private readonly ConcurrentQueue<MimeMessage> _received = new();

    private SmtpSink()
    {
    }

    public int Port { get; private set; }

    public IReadOnlyCollection<MimeMessage> Received => _received;

    /// <summary>Messages this matches are refused with 554 (the sender must keep and retry them).</summary>
    public Func<MimeMessage, bool> RefuseFor { get; set; } = _ => false;

    public static SmtpSink Shared => Started.Value.GetAwaiter().GetResult();

    public static string To(MimeMessage message) => message.To.Mailboxes.Single().Address;

    public async Task<MimeMessage> WaitForAsync(Func<MimeMessage, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (_received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The expected e-mail did not arrive at the SMTP listener in time.");
    }

    private static async Task<SmtpSink> StartAsync()
    {
        var sink = new SmtpSink();
        var listening = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => listening.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var services = new ServiceProvider();
        services.Add(listeners);
        services.Add(new Store(sink));
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, 0)))
            .Build();
        var server = new SmtpServer.SmtpServer(options, services);
        var running = server.StartAsync(CancellationToken.None);
        var started = await Task.WhenAny(listening.Task, running, Task.Delay(TimeSpan.FromSeconds(10)));
        sink.Port = started == listening.Task ? await listening.Task : throw new InvalidOperationException("The SMTP listener did not start.");
        return sink;
    }

    private sealed class Store(SmtpSink sink) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            if (sink.RefuseFor(message))
            {
                return SmtpResponse.TransactionFailed;
            }

            sink._received.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
