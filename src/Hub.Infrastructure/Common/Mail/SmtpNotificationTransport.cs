using Hub.Application.Common.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hub.Infrastructure.Common.Mail;

/// <summary>
/// Sends over SMTP with MailKit. One connection is kept while messages follow each other (a drain batch goes out over
/// one connection) and closed after <see cref="IdleTime"/> without any; one send at a time. A failed send drops the
/// connection and throws, so the outbox keeps the message and retries it with its back-off.
/// </summary>
internal sealed partial class SmtpNotificationTransport(IOptions<MailOptions> options, TimeProvider clock, ILogger<SmtpNotificationTransport> logger)
    : INotificationTransport, IAsyncDisposable
{
    public static readonly TimeSpan IdleTime = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private SmtpClient? _client;
    private ITimer? _idle;

    public async Task SendAsync(AddressedNotification notification, CancellationToken cancellationToken)
    {
        var message = MailMessages.Create(notification, options.Value, clock.GetUtcNow());
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var client = await ConnectedAsync(cancellationToken);
            await client.SendAsync(message, cancellationToken);
        }
        catch
        {
            await DropAsync(quit: false);
            throw;
        }
        finally
        {
            // Connection upkeep is not business time: the real clock, also under a test's fake one.
            _idle ??= TimeProvider.System.CreateTimer(_ => _ = CloseIdleAsync(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _idle.Change(IdleTime, Timeout.InfiniteTimeSpan);
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_idle is not null)
        {
            await _idle.DisposeAsync();
        }

        await DropAsync(quit: true);
        _gate.Dispose();
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }

        await DropAsync(quit: false);
        var smtp = options.Value.Smtp;
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host ?? throw new InvalidOperationException($"Set {MailOptions.Section}:Smtp:Host."), smtp.Port, Socket(smtp.Security), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        LogConnected(logger, smtp.Host!, smtp.Port);
        return _client = client;
    }

    private async Task CloseIdleAsync()
    {
        if (!await _gate.WaitAsync(0))
        {
            return;
        }

        try
        {
            await DropAsync(quit: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task DropAsync(bool quit)
    {
        if (_client is not { } client)
        {
            return;
        }

        _client = null;
        try
        {
            if (quit && client.IsConnected)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(quit: true, timeout.Token);
            }
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or MailKit.ProtocolException or SmtpCommandException)
        {
            // The server went away first; the connection is closed either way.
        }
        finally
        {
            client.Dispose();
        }
    }

    private static SecureSocketOptions Socket(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connected to the SMTP server {Host}:{Port}")]
    private static partial void LogConnected(ILogger logger, string host, int port);
}
