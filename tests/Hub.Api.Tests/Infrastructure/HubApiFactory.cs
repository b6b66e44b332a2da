using System.Globalization;
using Hub.Application.Common.Notifications;
using Hub.Infrastructure.Common.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// The whole app over HTTP against real PostgreSQL (its own database) with a real Hangfire server; e-mail goes over
/// SMTP (MailKit) to <see cref="SmtpSink"/>, a real listener on loopback, through a recorder of what was sent. The app reads the real clock here; tests that
/// move time run in <see cref="FakeClockHubApiFactory"/>, a host of their own.
/// </summary>
public class HubApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminEmail = "admin@tests.example.org";
    /// <summary>Not built from the e-mail ("admin"), which the password policy refuses outside Development.</summary>
    public const string AdminPassword = "keeper-pass-for-tests-1";

    private TestDatabase? _database;

    public RecordingNotificationTransport Notifications { get; } = new();

    internal TestDatabase Database => _database ?? throw new InvalidOperationException("The factory is not initialised.");

    /// <summary>
    /// <c>Hub:Auth</c> settings: budgets high and no delay by default, so the tests of the shared host (all from one
    /// address) never trip over the sign-in limits, and every request checks its account afresh (a lock-out shows at
    /// once); a host of its own may return others, or none for the app's defaults.
    /// </summary>
    protected virtual IReadOnlyDictionary<string, string> AuthSettings => new Dictionary<string, string>
    {
        ["AccountCheckInterval"] = "00:00:00",
        ["FailedSignInsPerAddress"] = "100000",
        ["FailedSignInsPerAccount"] = "100000",
        ["FailureDelay"] = "00:00:00",
        ["RegistrationsPerHour"] = "100000",
        ["PasswordResetsPerHour"] = "100000",
        ["PasswordResetsPerAccountPerHour"] = "100000",
        ["RefreshesPerMinute"] = "100000",
    };

    /// <summary>Proxies whose X-Forwarded-For the host believes (Hub:Proxy:KnownProxies).</summary>
    protected virtual string[] TrustedProxies => [];

    /// <summary>Whether start-up loads the demo data, as <c>./hub run</c> does.</summary>
    protected virtual bool LoadDemoData => false;

    public virtual async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();

        // Start the host now (migrations, roles, admin, recurring jobs) rather than inside the first test.
        StartServer();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Hub", Database.ConnectionString);
        builder.UseSetting("HUB_ADMIN_EMAIL", AdminEmail);
        builder.UseSetting("HUB_ADMIN_PASSWORD", AdminPassword);
        builder.UseSetting("Hub:Startup:MigrateDatabase", "true");
        builder.UseSetting("Hub:Startup:LoadDemoData", LoadDemoData ? "true" : "false");
        foreach (var (key, value) in AuthSettings)
        {
            builder.UseSetting($"Hub:Auth:{key}", value);
        }

        // Every test of a host comes from one address and a few shared accounts: budgets no test reaches unless it sets an override.
        builder.UseSetting("Hub:RateLimits:PermitsPerPartnerKey", "1000000");
        builder.UseSetting("Hub:RateLimits:PermitsPerUser", "1000000");
        builder.UseSetting("Hub:RateLimits:PermitsPerAnonymousAddress", "1000000");
        builder.UseSetting("Hub:Jobs:QueuePollInterval", "00:00:00.200");
        builder.UseSetting("Hub:Jobs:SchedulePollingInterval", "00:00:00.500");
        builder.UseSetting("Hub:Jobs:WorkerCount", "4");
        builder.UseSetting("Hub:Webhooks:Timeout", "00:00:01");
        builder.UseSetting("Hub:Webhooks:MaxAttempts", "2");
        builder.UseSetting("Hub:Webhooks:RetryDelays:0", "00:00:00.200");
        for (var i = 0; i < TrustedProxies.Length; i++)
        {
            builder.UseSetting($"Hub:Proxy:KnownProxies:{i}", TrustedProxies[i]);
        }

        builder.UseSetting("Hub:Mail:FromAddress", "hub@tests.example.org");
        builder.UseSetting("Hub:Mail:PickupDirectory", string.Empty);
        builder.UseSetting("Hub:Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Hub:Mail:Smtp:Port", SmtpSink.Shared.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Hub:Mail:Smtp:Security", "None");
        builder.UseSetting("Hub:Mail:Smtp:Timeout", "00:00:05");

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<INotificationTransport>(sp =>
            {
                Notifications.Inner = sp.GetRequiredService<SmtpNotificationTransport>();
                return Notifications;
            });

            // The in-memory test server has no client address; give every request the loopback one, as a proxy on this machine would.
            services.AddSingleton<IStartupFilter, LoopbackClientAddress>();
        });
    }
}
