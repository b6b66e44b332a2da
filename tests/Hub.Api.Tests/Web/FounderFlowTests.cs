using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class FounderFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_founder_registers_drafts_an_application_to_the_open_intake_and_submits_it()
    {
        var intakeId = await factory.NewIntakeAsync();
        var page = await factory.NewPageAsync(360, 740);

        await page.GotoAsync("/?culture=en");
        await page.ScreenshotAsync("home");
        await page.GetByRole(AriaRole.Link, new() { Name = "Register as a founder" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync("Батбаярын Сарнай");
        await page.GetByLabel("E-mail").FillAsync($"sarnai-{Guid.NewGuid():N}@tests.example.org");
        await page.GetByLabel("Password").FillAsync("Sarnai-pass-2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();

        await page.WaitForURLAsync("**/applications");
        await page.Locator($"a[href='/applications/new?intakeId={intakeId}']").ClickAsync();
        await page.GetByLabel("Venture name").FillAsync("Дархан Ноос ХХК");
        await page.GetByLabel("Sector").SelectOptionAsync("Manufacturing");
        await page.GetByLabel("What does the venture do?").FillAsync("Felt boots from Darkhan sheep wool, sold to Ulaanbaatar shops.");
        await page.GetByLabel("Full name").FillAsync("Батбаярын Сарнай");
        await page.GetByLabel("Gender").SelectOptionAsync("Female");
        await page.GetByLabel("Year of birth").FillAsync("1994");
        await page.GetByLabel("Soum").FillAsync("Шарын гол");
        await page.GetByLabel("Phone").FillAsync("+976 9911 2233");
        await page.ScreenshotAsync("founder-application-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Draft");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit application" }).ClickAsync();

        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Submitted");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your application is submitted.");
        await page.ScreenshotAsync("founder-application-submitted");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_refused_draft_keeps_the_form_and_says_why()
    {
        var intakeId = await factory.NewIntakeAsync();
        var founder = await factory.NewFounderAsync();
        var page = await factory.NewPageAsync();
        await page.SignInAsync(founder.Email, ApiTestExtensions.Password);

        await page.GotoAsync($"/applications/new?intakeId={intakeId}");
        await page.GetByLabel("Venture name").FillAsync("Too young a founder");
        await page.GetByLabel("Sector").SelectOptionAsync("Services");
        await page.GetByLabel("What does the venture do?").FillAsync("Anything.");
        await page.GetByLabel("Full name").FillAsync("Дорж");
        await page.GetByLabel("Gender").SelectOptionAsync("Male");
        await page.GetByLabel("Year of birth").FillAsync("2020");
        await page.GetByLabel("Soum").FillAsync("Орхон");
        await page.GetByLabel("Phone").FillAsync("+976 9911 2233");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Birth Year");
        await Assertions.Expect(page.GetByLabel("Venture name")).ToHaveValueAsync("Too young a founder");
        await page.Context.CloseAsync();
    }
}
