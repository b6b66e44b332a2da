using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Xunit.Abstractions;

namespace Hub.Api.Tests.Operations;

/// <summary>How a Production host refuses to start: every missing setting named, or migrations not yet applied (ScaleOutTests starts one with complete settings).</summary>
public sealed class ProductionHostTests(ITestOutputHelper output)
{
    [Fact]
    public void Production_without_its_settings_refuses_to_start_and_names_each_one()
    {
        using var factory = new UnconfiguredProductionFactory();

        var refusal = StartupError(() => _ = factory.Server);

        output.WriteLine(refusal);
        Assert.Contains("Production start refused", refusal, StringComparison.Ordinal);
        foreach (var setting in new[] { "ConnectionStrings:Hub uses the development password", "HUB_ADMIN_EMAIL and HUB_ADMIN_PASSWORD", "Hub:Cors:AllowedOrigins", "Hub:Auth:AccessTokenLifetime", "Hub:Proxy:KnownProxies", "Hub:Mail:Smtp:Host", "Hub:Mail:FromAddress" })
        {
            Assert.Contains(setting, refusal, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Production_refuses_to_serve_a_database_that_lacks_migrations()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Hub", database.ConnectionString);
            builder.UseSetting("Hub:Startup:MigrateDatabase", "false");
            builder.UseSetting("Hub:Jobs:RunServer", "false");
            builder.ConfigureTestServices(services => services.RemoveAll<Hub.Api.Common.Hosting.ProductionSettingsCheck>());
        });

        var refusal = StartupError(() => _ = factory.Server);

        Assert.Contains("lacks", refusal, StringComparison.Ordinal);
        Assert.Contains("./hub migrate", refusal, StringComparison.Ordinal);
    }

    private static string StartupError(Action start)
    {
        var error = Record.Exception(start);
        Assert.NotNull(error);
        return error.ToString();
    }
}
