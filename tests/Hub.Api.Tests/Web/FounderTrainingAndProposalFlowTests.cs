using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SeedCapital;
using Hub.Api.Tests.Training;
using Microsoft.Playwright;
using static Hub.Api.Tests.Training.TrainingTestData;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class FounderTrainingAndProposalFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_founder_sees_their_training_hours_and_certificate_and_proposes_to_a_call_at_360_px()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync();
        var founder = founders[0];
        var moduleId = await factory.NewModuleAsync(plannedHours: 2);
        var trainer = await factory.TrainerAsync();
        var attended = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, DateTimeOffset.UtcNow.AddDays(-1), durationMinutes: 120));
        var next = SessionBody(moduleId, trainer.Id, DateTimeOffset.UtcNow.AddDays(3), durationMinutes: 90);
        next["title"] = "Pricing a ger camp night";
        await factory.ScheduleAsync(programmeId, next);
        await (await trainer.Client.RecordAsync(attended, Register((founder.Id, "Present")))).JsonAsync(HttpStatusCode.OK);
        var progress = await Eventually.ValueAsync(() => founder.Client.ProgressAsync(founder.Id), p => p.GetProperty("certificates").GetArrayLength() > 0);
        var code = progress.GetProperty("certificates")[0].GetProperty("code").GetString()!;
        var callId = await factory.NewCallAsync();

        var page = await factory.NewPageAsync(360, 740);
        await page.SignInAsync(founder.Email, ApiTestExtensions.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Home" }).GetByRole(AriaRole.Link, new() { Name = "My training" }).ClickAsync();
        await Assertions.Expect(page.Locator("#hours")).ToContainTextAsync("2 h of training");
        await Assertions.Expect(page.Locator($"#certificate-{code}")).ToContainTextAsync(code);
        await Assertions.Expect(page.Locator($"#session-{attended}")).ToContainTextAsync("Present");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Pricing a ger camp night");
        await page.ScreenshotAsync("founder-training");
        await page.Locator($"#certificate-{code} a").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("This certificate was issued by the EU-Darkhan Innovation & Entrepreneurship Hub.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("2 h");

        await page.GotoAsync("/seed-capital");
        await page.Locator($"a[href='/seed-capital/calls/{callId}/proposals/new']").ClickAsync();
        await page.GetByLabel("Amount requested (MNT)").FillAsync("12000000");
        await page.GetByLabel("Summary: what the grant pays for and what it achieves").FillAsync("A cold store for herders' milk in Orkhon soum.");
        await page.GetByLabel("Item 1", new() { Exact = true }).FillAsync("Cold store");
        await page.GetByLabel("Amount of item 1").FillAsync("9000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("must add up to the requested amount");

        await page.GetByLabel("Amount requested (MNT)").FillAsync("9000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your draft is saved. Submit it before the call closes.");
        await Assertions.Expect(page.GetByLabel("Item 1", new() { Exact = true })).ToHaveValueAsync("Cold store");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit the proposal" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("Submitted");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("9\u202F000\u202F000 ₮");
        await page.ScreenshotAsync("founder-proposal");
        await page.Context.CloseAsync();
    }
}
