using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class ManagerDemoDayFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_manager_plans_a_demo_day_with_weighted_criteria_after_a_refused_scale()
    {
        var manager = await factory.ManagerAsync();
        var name = $"Demo Day {Guid.NewGuid():N}"[..22];
        var page = await factory.NewPageAsync();
        await page.SignInAsync(manager.Email, ApiTestExtensions.Password);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Demo Days" }).ClickAsync();
        await page.GetByLabel("Demo Day", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Held on").FillAsync("2090-06-15");
        await page.GetByLabel("Venue").FillAsync("Shangri-La, Ulaanbaatar");
        await page.GetByLabel("Lowest score").FillAsync("10");
        await page.GetByLabel("Highest score").FillAsync("1");
        await page.GetByLabel("Criterion 1", new() { Exact = true }).FillAsync("Team");
        await page.GetByLabel("Weight of criterion 1").FillAsync("2");
        await page.GetByLabel("Criterion 2", new() { Exact = true }).FillAsync("Market");
        await page.GetByLabel("Weight of criterion 2").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan a Demo Day" }).ClickAsync();

        await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync("'scaleMax' must be greater than 'scaleMin'.");
        await Assertions.Expect(page.GetByLabel("Criterion 2", new() { Exact = true })).ToHaveValueAsync("Market");
        await page.GetByLabel("Lowest score").FillAsync("1");
        await page.GetByLabel("Highest score").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan a Demo Day" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{name} is planned.");
        var row = page.Locator("#demo-days tbody tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("2090-06-15");
        await Assertions.Expect(row).ToContainTextAsync("Draft");
        await page.Context.CloseAsync();
    }
}
