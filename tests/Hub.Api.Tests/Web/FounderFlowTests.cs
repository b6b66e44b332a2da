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
        await FillApplicationAsync(page, "Дархан Ноос ХХК", "Manufacturing", "Felt boots from Darkhan sheep wool, sold to Ulaanbaatar shops.", "Батбаярын Сарнай", "Female", 1994);
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
        await FillApplicationAsync(page, "Too young a founder", "Services", "Anything.", "Дорж", "Male", 2020);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Birth Year");
        await Assertions.Expect(page.GetByLabel("Venture name")).ToHaveValueAsync("Too young a founder");
        await page.Context.CloseAsync();
    }

    private static async Task FillApplicationAsync(IPage page, string venture, string sector, string description, string fullName, string gender, int birthYear)
    {
        await page.GetByLabel("Venture name").FillAsync(venture);
        await page.GetByLabel("Sector").SelectOptionAsync(sector);
        await page.GetByLabel("What does the venture do?").FillAsync(description);
        await page.GetByLabel("Full name").FillAsync(fullName);
        await page.GetByLabel("Gender").SelectOptionAsync(gender);
        await page.GetByLabel("Year of birth").FillAsync(birthYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Soum").FillAsync("Шарын гол");
        await page.GetByLabel("Phone").FillAsync("+976 9911 2233");
    }
}
