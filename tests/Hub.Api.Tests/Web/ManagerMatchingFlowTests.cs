using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Mentoring;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class ManagerMatchingFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_manager_runs_matching_sees_the_reasons_and_publishes()
    {
        var manager = await factory.ManagerAsync();
        await manager.Client.NewMentorAsync();
        var founder = await factory.NewFounderAsync();
        var (_, intakeId) = await factory.AcceptedApplicationOfAsync(founder);
        var page = await factory.NewPageAsync();
        await page.SignInAsync(manager.Email, ApiTestExtensions.Password);

        await page.GotoAsync("/manage/matching");
        await page.GetByLabel("Intake").SelectOptionAsync(intakeId.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Run matching" }).ClickAsync();

        // The run page refreshes itself until the background job has solved the run.
        await Assertions.Expect(page.Locator("#run-status")).ToHaveTextAsync("Completed", new() { Timeout = 30_000 });
        var row = page.Locator("#assignments tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await Assertions.Expect(row).ToContainTextAsync(ApplicantsTestData.ApplicationBody(intakeId)["ventureName"]!.GetValue<string>());
        await Assertions.Expect(row.Locator("li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("manager-matching-run");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish: propose each assignment to its mentor" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Published: 1 mentorships proposed.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Publish: propose each assignment to its mentor" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
