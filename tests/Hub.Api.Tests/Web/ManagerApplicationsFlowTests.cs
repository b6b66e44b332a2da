using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class ManagerApplicationsFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_manager_filters_an_intakes_submitted_applications_and_accepts_them_in_bulk()
    {
        var manager = await factory.ManagerAsync();
        var intakeId = await factory.NewIntakeAsync();
        var (_, first) = await factory.SubmittedApplicationAsync(intakeId, "Ноос Экспорт");
        var (_, second) = await factory.SubmittedApplicationAsync(intakeId, "Тариа Агро");
        var draft = await (await factory.NewFounderAsync()).Client.DraftAsync(intakeId, "Ноорог ХХК");
        var page = await factory.NewPageAsync();
        await page.SignInAsync(manager.Email, ApiTestExtensions.Password);

        await page.GotoAsync("/manage/applications");
        await page.GetByLabel("Intake").SelectOptionAsync(intakeId.ToString());
        await page.GetByLabel("Status").SelectOptionAsync("Submitted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator("#applications tbody tr")).ToHaveCountAsync(2);

        await page.GetByLabel("Select Ноос Экспорт").CheckAsync();
        await page.GetByLabel("Select Тариа Агро").CheckAsync();
        await page.GetByLabel("Decision").SelectOptionAsync("Accept");
        await page.GetByLabel("Reason").FillAsync("A clear market in Darkhan and a committed team.");
        await page.ScreenshotAsync("manager-applications");
        await page.GetByRole(AriaRole.Button, new() { Name = "Decide the selected applications" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Decided 2 applications.");
        await Assertions.Expect(page.Locator("#applications tbody tr")).ToHaveCountAsync(0);
        foreach (var id in new[] { first, second })
        {
            Assert.Equal("Accepted", (await manager.Client.ApplicationAsync(id)).Text("status"));
        }

        Assert.Equal("Draft", (await manager.Client.ApplicationAsync(draft)).Text("status"));
        await page.Context.CloseAsync();
    }
}
