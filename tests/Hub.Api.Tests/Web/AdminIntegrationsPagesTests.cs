using System.Net;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Webhooks;
using static Hub.Api.Tests.Webhooks.WebhooksTestData;

namespace Hub.Api.Tests.Web;

/// <summary>The admin's partner keys and webhooks pages through plain HTTP: who may open them, the key shown once, refusals on the form, stale changes.</summary>
[Collection(HubCollection.Name)]
public sealed partial class AdminIntegrationsPagesTests(HubApiFactory factory)
{
    private static readonly string[] Pages = ["/admin/partner-keys", "/admin/webhooks", $"/admin/webhooks/{Guid.NewGuid()}"];

    [Fact]
    public async Task Managers_and_founders_get_the_denied_page_and_anonymous_visitors_the_sign_in_page()
    {
        var manager = await factory.ManagerAsync();
        var founder = await factory.NewFounderAsync();
        using var managerPages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
        using var founderPages = await factory.BrowserAsync(founder.Email, ApiTestExtensions.Password);
        using var anonymous = PageForms.Browser(factory);

        foreach (var url in Pages)
        {
            Assert.Equal("/account/denied", (await RedirectAsync(managerPages, url)).AbsolutePath);
            Assert.Equal("/account/denied", (await RedirectAsync(founderPages, url)).AbsolutePath);
            Assert.Equal("/account/sign-in", (await RedirectAsync(anonymous, url)).AbsolutePath);
        }
    }

    [Fact]
    public async Task An_issued_key_is_shown_once_never_on_the_list_and_once_revoked_the_api_refuses_it()
    {
        using var admin = await factory.BrowserAsync(HubApiFactory.AdminEmail, HubApiFactory.AdminPassword);
        const string url = "/admin/partner-keys?culture=en";
        var name = $"Partner {Guid.NewGuid():N}"[..20];

        var refused = await admin.PostFormAsync(url, "/admin/partner-keys", ("Input.Name", name));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches(FieldError("Input.Scopes", "must name at least one scope"), await refused.Content.ReadAsStringAsync());

        var issued = await admin.PostFormAsync(url, "/admin/partner-keys", ("Input.Name", name), ("Input.Scopes", "applications:read"));
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        Assert.True(issued.Headers.CacheControl?.NoStore, "The answer showing the key must not be stored by the browser.");
        var key = ShownKey().Match(await issued.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.StartsWith("hub_", key, StringComparison.Ordinal);

        var list = await admin.HtmlAsync(url);
        Assert.DoesNotContain(key, list, StringComparison.Ordinal);
        Assert.DoesNotContain("key-value", list, StringComparison.Ordinal);
        Assert.Contains(key[..12], list, StringComparison.Ordinal);
        var id = Regex.Match(list, $"<tr id=\"key-([0-9a-f-]+)\">\\s*<td>{name}</td>").Groups[1].Value;

        using var partner = factory.CreateClient();
        partner.DefaultRequestHeaders.Add("X-Api-Key", key);
        await (await partner.GetAsync("/api/v1/applications")).JsonAsync(HttpStatusCode.OK);

        var confirm = $"/admin/partner-keys?revoke={id}&culture=en";
        Assert.Contains("Yes, revoke it", await admin.HtmlAsync(confirm), StringComparison.Ordinal);
        var revoked = await admin.PostFormAsync(confirm, $"/admin/partner-keys?handler=Revoke&id={id}", ("name", name));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        await (await partner.GetAsync("/api/v1/applications")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("Revoked", Row(await admin.HtmlAsync(url), $"key-{id}"), StringComparison.Ordinal);

        // Revoking it again (an old tab) is refused above the form, not an error page.
        var again = await admin.PostFormAsync(url, $"/admin/partner-keys?handler=Revoke&id={id}", ("name", name));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("role=\"alert\"", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_url_is_shown_beside_its_field_a_stale_change_is_refused_and_a_subscription_is_deleted_after_confirming()
    {
        using var admin = await factory.BrowserAsync(HubApiFactory.AdminEmail, HubApiFactory.AdminPassword);
        using var api = await factory.AdminAsync();

        var bad = await admin.PostFormAsync("/admin/webhooks?culture=en", "/admin/webhooks", ("Input.Url", "not a url"), ("Input.Events", "application.submitted"), ("Input.Secret", Secret));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Matches(FieldError("Input.Url", "must be an absolute URL"), await bad.Content.ReadAsStringAsync());

        // A loopback port nothing listens on: whatever is delivered fails fast.
        var webhookId = await api.NewWebhookAsync("http://127.0.0.1:9/stale-hooks", "application.submitted");
        var url = $"/admin/webhooks/{webhookId}?culture=en";
        var seen = Regex.Match(await admin.HtmlAsync(url), "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;
        (string, string)[] Form(params string[] events) =>
            [("Input.Version", seen), ("Input.Url", "http://127.0.0.1:9/stale-hooks"), ("Input.Active", "true"), .. events.Select(e => ("Input.Events", e))];

        var changed = await admin.PostFormAsync(url, $"/admin/webhooks/{webhookId}?handler=Edit", Form("application.submitted", "application.decided"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var stale = await admin.PostFormAsync(url, $"/admin/webhooks/{webhookId}?handler=Edit", Form("call.awarded"));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed this in the meantime", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var webhook = await (await api.GetAsync($"{WebhooksPath}/{webhookId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["application.submitted", "application.decided"], webhook.GetProperty("events").EnumerateArray().Select(e => e.GetString()));

        Assert.Contains("Yes, delete it", await admin.HtmlAsync($"{url}&delete=true"), StringComparison.Ordinal);
        var deleted = await admin.PostFormAsync(url, $"/admin/webhooks/{webhookId}?handler=Delete", ("url", "http://127.0.0.1:9/stale-hooks"));
        Assert.Equal("/admin/webhooks", deleted.Headers.Location?.OriginalString);
        await (await api.GetAsync($"{WebhooksPath}/{webhookId}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_of_webhooks_shows_each_one_s_newest_delivery_read_in_one_query()
    {
        using var admin = await factory.BrowserAsync(HubApiFactory.AdminEmail, HubApiFactory.AdminPassword);
        using var api = await factory.AdminAsync();
        var delivered = await api.NewWebhookAsync("http://127.0.0.1:9/last-delivery", "application.submitted");
        var quiet = await api.NewWebhookAsync("http://127.0.0.1:9/no-delivery", "call.awarded");

        // An application submitted, then a ping: the ping is the newest delivery.
        using var founder = await factory.NewFounderAsync();
        (await founder.Client.SubmitAsync(await founder.Client.DraftAsync(ApplicantsTestData.ApplicationBody(await factory.NewIntakeAsync(), "Webhook venture"))))
            .EnsureSuccessStatusCode();
        await Eventually.TrueAsync(async () => (await api.DeliveriesAsync(delivered)).Count > 0);
        await (await api.PostAsync($"{WebhooksPath}/{delivered}/ping", null)).JsonAsync(HttpStatusCode.Accepted);
        var newest = (await api.DeliveriesAsync(delivered))[0];
        Assert.Equal("ping", newest.GetProperty("eventType").GetString());

        string html;
        IReadOnlyList<string> statements;
        using (var probe = new SqlStatementProbe(admin))
        {
            html = await admin.HtmlAsync("/admin/webhooks?culture=en");
            statements = probe.Statements;
        }

        var row = Row(html, $"webhook-{delivered}");
        Assert.Contains("<span class=\"hint\">ping, ", row, StringComparison.Ordinal);
        Assert.DoesNotContain("application.submitted, ", row, StringComparison.Ordinal);
        Assert.Contains("No deliveries yet", Row(html, $"webhook-{quiet}"), StringComparison.Ordinal);
        Assert.NotEmpty(statements);
        Assert.Single(statements, s => s.Contains("webhooks.deliveries", StringComparison.Ordinal));
    }

    private static async Task<Uri> RedirectAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {url} answered {(int)response.StatusCode}.");
        return new Uri(new Uri("http://localhost"), response.Headers.Location!);
    }

    /// <summary>A validation message in the span beside its field, not only in the list above the form.</summary>
    private static Regex FieldError(string field, string message) =>
        new($"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>[^<]*{Regex.Escape(message)}");

    private static string Row(string html, string id) => Regex.Match(html, $"<tr id=\"{id}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("<code id=\"key-value\" tabindex=\"0\">([^<]+)</code>")]
    private static partial Regex ShownKey();
}
