using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Api.Tests.Identity;

/// <summary>Outside Development the sign-in cookie is marked Secure: a browser sends it over HTTPS only.</summary>
public sealed class SecureCookieTests(ProductionHubApiFactory factory) : IClassFixture<ProductionHubApiFactory>
{
    [Fact]
    public async Task The_sign_in_cookie_is_secure_http_only_and_same_site_lax()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword });
        login.EnsureSuccessStatusCode();

        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hub.auth=", StringComparison.Ordinal));
        foreach (var attribute in new[] { "secure", "httponly", "samesite=lax" })
        {
            Assert.Contains(attribute, cookie, StringComparison.OrdinalIgnoreCase);
        }
    }
}
