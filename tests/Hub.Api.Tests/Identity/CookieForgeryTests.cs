using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Api.Tests.Identity;

/// <summary>
/// A browser sends the sign-in cookie with requests another site makes it send; an API request that changes
/// something on the strength of the cookie alone is refused unless it carries X-Requested-With. Bearer tokens are
/// not affected, and neither are reads or the job dashboard.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class CookieForgeryTests(HubApiFactory factory)
{
    private static readonly object NewKey = new { name = "Signed by the browser", scopes = new[] { "reports:read" } };

    [Fact]
    public async Task A_cookie_signed_write_without_x_requested_with_is_a_403_problem()
    {
        using var browser = await AdminBrowserAsync();

        var forged = await (await browser.PostAsJsonAsync("/api/v1/partner-keys", NewKey)).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("X-Requested-With: XMLHttpRequest", forged.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/v1/partner-keys/{Guid.NewGuid()}");
        await (await browser.SendAsync(delete)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_cookie_signed_write_from_the_page_s_own_script_works()
    {
        using var browser = await AdminBrowserAsync();
        browser.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");

        var created = await (await browser.PostAsJsonAsync("/api/v1/partner-keys", NewKey)).JsonAsync(HttpStatusCode.Created);
        var revoked = await browser.DeleteAsync($"/api/v1/partner-keys/{created.GetProperty("id").GetGuid()}");
        Assert.True(revoked.IsSuccessStatusCode, $"Revoking answered {(int)revoked.StatusCode}.");
    }

    [Fact]
    public async Task Reads_with_the_cookie_and_writes_with_a_bearer_token_need_no_header()
    {
        using var browser = await AdminBrowserAsync();
        await (await browser.GetAsync("/api/v1/partner-keys")).JsonAsync(HttpStatusCode.OK);

        using var admin = await factory.AdminAsync();
        await (await admin.PostAsJsonAsync("/api/v1/partner-keys", NewKey)).JsonAsync(HttpStatusCode.Created);

        // Signing in is not signed in by the cookie, even from a browser that still has one.
        (await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task In_development_the_cookie_also_travels_over_plain_http()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        var login = await client.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword });

        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hub.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<HttpClient> AdminBrowserAsync()
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword })).EnsureSuccessStatusCode();
        return browser;
    }
}
