using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Api.Tests.Identity;

[Collection(HubCollection.Name)]
public sealed class HangfireDashboardTests(HubApiFactory factory)
{
    [Fact]
    public async Task The_dashboard_is_for_admins_only()
    {
        // A person without the cookie is sent to the sign-in page, and back to the dashboard afterwards.
        using var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var toSignIn = await anonymous.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        Assert.Equal("/account/sign-in?ReturnUrl=%2Fhangfire", toSignIn.Headers.Location?.OriginalString);

        // A signed-in founder is shown the page saying it is not theirs.
        using var founderBrowser = await BrowserSignedInAsync((await factory.NewFounderAsync()).Email, ApiTestExtensions.Password);
        var denied = await founderBrowser.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("/account/denied", denied.RequestMessage?.RequestUri?.AbsolutePath);

        using var adminBrowser = await BrowserSignedInAsync(HubApiFactory.AdminEmail, HubApiFactory.AdminPassword);
        var dashboard = await adminBrowser.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("EU-DIEH background jobs", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The recurring sweeps are registered, and the dashboard's buttons are protected against forged requests.
        var recurring = await (await adminBrowser.GetAsync("/hangfire/recurring")).Content.ReadAsStringAsync();
        foreach (var job in new[] { "outbox.sweep", "outbox.purge", "applicants.intake-sweep" })
        {
            Assert.Contains(job, recurring, StringComparison.Ordinal);
        }

        Assert.Contains("csrf-token", recurring, StringComparison.Ordinal);
    }

    /// <summary>A browser signs in with <c>?useCookies=true</c> and then carries the cookie.</summary>
    private async Task<HttpClient> BrowserSignedInAsync(string email, string password)
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return browser;
    }
}
