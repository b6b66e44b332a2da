using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Api.Tests.Operations;

/// <summary>A Production host given nothing beyond the repository's appsettings.json and a few unsafe values.</summary>
public sealed class UnconfiguredProductionFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Hub", "Host=127.0.0.1;Port=1;Database=hub;Username=hub;Password=hub-local-only");
        builder.UseSetting("HUB_ADMIN_EMAIL", "admin@hub.example.org");
        builder.UseSetting("Hub:Cors:AllowedOrigins:0", "http://partner.example.org");
        builder.UseSetting("Hub:Auth:AccessTokenLifetime", "1.00:00:00");
    }
}
