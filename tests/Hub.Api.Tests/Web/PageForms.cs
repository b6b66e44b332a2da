using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hub.Api.Tests.Web;

/// <summary>Pages through plain HTTP, for the fast page tests: a signed-in cookie client, and a form posted with its antiforgery token.</summary>
internal static partial class PageForms
{
    /// <summary>A client that keeps cookies and does not follow redirects (so a test sees what post/redirect/get answers), signed in with the cookie.</summary>
    public static async Task<HttpClient> BrowserAsync(this HubApiFactory factory, string email, string password)
    {
        var browser = Browser(factory);
        (await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email, password })).EnsureSuccessStatusCode();
        return browser;
    }

    public static HttpClient Browser(HubApiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });

    /// <summary>The page's HTML, which must answer 200.</summary>
    public static async Task<string> HtmlAsync(this HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>Posts a form of the page at <paramref name="url"/> with the antiforgery token that page gave.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient browser, string url, string action, params (string Name, string Value)[] fields)
    {
        var token = Token().Match(await browser.HtmlAsync(url));
        Assert.True(token.Success, $"{url} has no antiforgery token.");
        return await browser.PostAsync(action, new FormUrlEncodedContent([.. fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), KeyValuePair.Create("__RequestVerificationToken", token.Groups[1].Value)]));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
