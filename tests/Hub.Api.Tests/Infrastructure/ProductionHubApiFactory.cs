using Hub.Api.Common.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>
/// A host of its own in the Production environment, as a deployment runs it: one browser origin allowed
/// (<c>Hub:Cors:AllowedOrigins</c>), no developer conveniences (health details only for admins). It still migrates
/// its own test database at start-up, as the shared host does.
/// </summary>
public sealed class ProductionHubApiFactory : HubApiFactory
{
    public const string AllowedOrigin = "https://partner.example.org";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Hub:Cors:AllowedOrigins:0", AllowedOrigin);

        // Its database has the test cluster's development password; the settings check has tests of its own (Operations).
        builder.ConfigureTestServices(services => services.RemoveAll<ProductionSettingsCheck>());
    }
}
