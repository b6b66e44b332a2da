using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// A host of its own whose app (EF Core and Hangfire alike) reaches its database through a <see cref="TcpFaultProxy"/>,
/// so a test can take PostgreSQL away from this app alone. Tests read and write the database directly, past the proxy.
/// </summary>
public sealed class DatabaseFaultHubApiFactory : HubApiFactory
{
    private TcpFaultProxy? _proxy;

    public TcpFaultProxy Proxy => _proxy ?? throw new InvalidOperationException("The host has not started.");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        var direct = new NpgsqlConnectionStringBuilder(Database.ConnectionString);
        _proxy ??= new TcpFaultProxy(direct.Host!, direct.Port);
        var proxied = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Host = "127.0.0.1", Port = _proxy.Port };
        builder.UseSetting("ConnectionStrings:Hub", proxied.ConnectionString);
    }
}
