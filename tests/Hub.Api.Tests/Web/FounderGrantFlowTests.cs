using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SeedCapital;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class FounderGrantFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_grantee_reports_a_milestone_with_the_jobs_created_from_the_my_grant_page()
    {
        var venture = $"Сүүний хоршоо {Guid.NewGuid():N}"[..22];
        var (founder, grantId) = await factory.AwardedGrantAsync(venture);
        using (founder)
        {
            var page = await factory.NewPageAsync(360, 740);
            await page.SignInAsync(founder.Email, ApiTestExtensions.Password);

            await page.GotoAsync("/?culture=en");
            await page.GetByRole(AriaRole.Link, new() { Name = "My grant" }).First.ClickAsync();
            var grant = page.Locator($"#grant-{grantId}");
            await Assertions.Expect(grant.Locator("h2")).ToHaveTextAsync(venture);
            await Assertions.Expect(grant.Locator(".figure")).ToHaveTextAsync("Paid out: 0 ₮ of 10\u202F000\u202F000 ₮");
            var first = page.Locator($"#tranche-{grantId}-1");
            await Assertions.Expect(first.Locator(".badge")).ToHaveTextAsync("To report");
            await first.GetByLabel("What was done").FillAsync("Bought and installed the milk cooler.");
            await first.GetByLabel("Jobs created").FillAsync("2");
            await page.ScreenshotAsync("founder-my-grant");
            await first.GetByRole(AriaRole.Button, new() { Name = "Send the report" }).ClickAsync();

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your report is sent; the hub will approve the tranche.");
            await Assertions.Expect(first.Locator(".badge")).ToHaveTextAsync("Reported, awaiting approval");
            await Assertions.Expect(first.Locator(".jobs")).ToHaveTextAsync("Jobs created: 2");
            await Assertions.Expect(first.Locator("form")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator($"#tranche-{grantId}-2 form")).ToHaveCountAsync(1);

            // The page sent the API's command: the grant says so, in Mongolian on the page too.
            var stored = await (await founder.Client.GetAsync($"{SeedCapitalTestData.Grants}/{grantId}")).Content.ReadAsStringAsync();
            Assert.Contains("\"jobsCreated\":2", stored, StringComparison.Ordinal);
            await page.GotoAsync("/my-grant?culture=mn");
            await Assertions.Expect(first.Locator(".jobs")).ToHaveTextAsync("Шинээр бий болгосон ажлын байр: 2");
            await page.Context.CloseAsync();
        }
    }
}
