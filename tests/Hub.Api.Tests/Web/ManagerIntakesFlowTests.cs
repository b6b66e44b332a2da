using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class ManagerIntakesFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_manager_schedules_an_intake_corrects_its_deadline_and_opens_its_applications()
    {
        var manager = await factory.ManagerAsync();
        var name = $"Intake {Guid.NewGuid():N}"[..20];
        var page = await factory.NewPageAsync();
        await page.SignInAsync(manager.Email, ApiTestExtensions.Password);

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Intakes" }).ClickAsync();
        await page.GetByLabel("Intake name").FillAsync(name);
        await page.GetByLabel("Opens").FillAsync("2090-03-01T09:00");
        await page.GetByLabel("Deadline").FillAsync("2090-02-01T18:00");
        await page.GetByLabel("Seats").FillAsync("25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule an intake" }).ClickAsync();

        await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync("'closesAt' must be later than 'opensAt'.");
        await Assertions.Expect(page.GetByLabel("Intake name")).ToHaveValueAsync(name);
        await page.GetByLabel("Deadline").FillAsync("2090-04-01T18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule an intake" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Intake {name} is scheduled.");
        var row = page.Locator("#intakes tbody tr", new() { HasText = name });
        await Assertions.Expect(row).ToContainTextAsync("Scheduled");
        await Assertions.Expect(row).ToContainTextAsync("2090-04-01 18:00");
        await Assertions.Expect(row).ToContainTextAsync("0 / 25");
        await page.ScreenshotAsync("manager-intakes");

        await row.GetByRole(AriaRole.Link, new() { Name = $"Applications to {name}" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/manage/applications?intakeId=", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByLabel("Intake").Locator("option:checked")).ToHaveTextAsync(name);
        await page.Context.CloseAsync();
    }
}
