using Hub.Api.Tests.Infrastructure;
using Hub.Application.Common.Notifications;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hub.Api.Tests.Operations;

/// <summary>
/// A second app instance on the database of another host, deployed as docs/deploy.md says: Production, every required
/// setting given (the database password in a passfile, nginx as known proxy), no migrations at start, traces to a
/// collector; it asks for demo data, which Production never loads. Its own job server, its own caches.
/// </summary>
public sealed class SecondInstanceFactory(string connectionString, string otlpEndpoint) : WebApplicationFactory<Program>
{
    private readonly string _passfile = Path.Combine(Path.GetTempPath(), $"hub-pgpass-{Guid.NewGuid():N}");

    public RecordingNotificationTransport Notifications { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        File.WriteAllText(_passfile, $"*:*:*:*:{connection.Password}\n");
        connection.Password = null;
        connection.Passfile = _passfile;

        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Hub", connection.ConnectionString);
        builder.UseSetting("HUB_ADMIN_EMAIL", HubApiFactory.AdminEmail);
        builder.UseSetting("HUB_ADMIN_PASSWORD", HubApiFactory.AdminPassword);
        builder.UseSetting("Hub:Proxy:KnownProxies:0", "127.0.0.1");
        builder.UseSetting("Hub:Startup:LoadDemoData", "true");
        builder.UseSetting("Hub:Auth:AccountCheckInterval", "00:00:00");
        builder.UseSetting("Hub:Jobs:QueuePollInterval", "00:00:00.200");
        builder.UseSetting("Hub:Jobs:WorkerCount", "4");
        builder.UseSetting("Hub:Telemetry:OtlpEndpoint", otlpEndpoint);
        builder.UseSetting("OTEL_BSP_SCHEDULE_DELAY", "100");
        builder.UseSetting("Hub:Mail:FromAddress", "hub@tests.example.org");
        builder.UseSetting("Hub:Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Hub:Mail:Smtp:Port", SmtpSink.Shared.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Hub:Mail:Smtp:Security", "None");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<INotificationTransport>(Notifications);
            services.AddSingleton<IStartupFilter, LoopbackClientAddress>();
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_passfile);
    }
}
