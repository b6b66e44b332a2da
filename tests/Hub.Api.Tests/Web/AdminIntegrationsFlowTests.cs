using System.Text.RegularExpressions;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Webhooks;
using Microsoft.Playwright;
using static Hub.Api.Tests.Webhooks.WebhooksTestData;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class AdminIntegrationsFlowTests(BrowserHubApiFactory factory, WebhookReceiver receiver) : IClassFixture<WebhookReceiver>
{
    [Fact]
    public async Task An_admin_issues_a_partner_key_and_sees_it_once_then_subscribes_a_receiver_pings_it_and_redelivers_the_ping()
    {
        var keyName = $"Partner {Guid.NewGuid():N}"[..20];
        var page = await factory.NewPageAsync();
        await page.SignInAsync(HubApiFactory.AdminEmail, HubApiFactory.AdminPassword);

        await page.GotoAsync("/admin/partner-keys");
        await page.GetByLabel("Name").FillAsync(keyName);
        await page.GetByLabel("applications:read").CheckAsync();
        await page.GetByLabel("reports:read").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue a key" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"The key {keyName} is issued" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#issued-key")).ToContainTextAsync("this is the only time it is shown");
        var key = await page.Locator("#key-value").InnerTextAsync();
        Assert.StartsWith("hub_", key, StringComparison.Ordinal);
        var row = page.Locator("#keys tbody tr", new() { HasText = keyName });
        await Assertions.Expect(row).ToContainTextAsync("applications:read, reports:read");
        await Assertions.Expect(row).ToContainTextAsync(key[..12]);

        await page.GotoAsync("/admin/partner-keys");
        await Assertions.Expect(page.Locator("#keys tbody tr", new() { HasText = keyName })).ToContainTextAsync("In use");
        await Assertions.Expect(page.Locator("#issued-key")).ToHaveCountAsync(0);
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);

        var url = receiver.Path(200);
        await page.GotoAsync("/admin/webhooks");
        await page.GetByLabel("URL").FillAsync(url);
        await page.GetByLabel("demoday.results_published").CheckAsync();
        await page.GetByLabel("Secret").FillAsync(Secret);
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe a URL" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{url} is subscribed.");
        var subscription = page.Locator("#webhooks tbody tr", new() { HasText = url });
        await Assertions.Expect(subscription).ToContainTextAsync("Active");
        await Assertions.Expect(subscription).ToContainTextAsync("No deliveries yet.");

        await subscription.GetByRole(AriaRole.Link, new() { Name = url }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send a test ping" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("A ping is on its way; it shows in the deliveries below.");
        var webhookId = Guid.Parse(new Uri(page.Url).Segments[^1]);
        using var api = await factory.AdminAsync();
        await api.FinishedDeliveryAsync(webhookId);

        await page.ReloadAsync();
        var ping = page.Locator("#deliveries tbody tr", new() { HasText = "ping" });
        var cells = ping.Locator("td");
        await Assertions.Expect(cells.Nth(1)).ToHaveTextAsync("Delivered");
        await Assertions.Expect(cells.Nth(2)).ToHaveTextAsync("1");
        await Assertions.Expect(cells.Nth(3)).ToHaveTextAsync("200");
        await Assertions.Expect(cells.Nth(4)).ToHaveTextAsync(new Regex(@"^\d{4}-\d\d-\d\d \d\d:\d\d$"));

        await ping.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Redeliver ping") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The delivery is sent again.");
        await Eventually.TrueAsync(async () => receiver.Received(url).Count == 2
            && (await api.DeliveriesAsync(webhookId)).Single().GetProperty("status").GetString() == "Succeeded");
        await page.ReloadAsync();
        await Assertions.Expect(cells.Nth(1)).ToHaveTextAsync("Delivered");
        await Assertions.Expect(cells.Nth(2)).ToHaveTextAsync("2");
        Assert.Equal(receiver.Received(url)[0].Body, receiver.Received(url)[1].Body);
        await page.ScreenshotAsync("admin-webhooks");

        await page.GotoAsync("/admin/webhooks");
        await Assertions.Expect(page.Locator("#webhooks tbody tr", new() { HasText = url })).ToContainTextAsync("Delivered ping");
        await page.Context.CloseAsync();
    }
}
