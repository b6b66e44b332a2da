using System.Net;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.DemoDay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class ManagerRunsDemoDayFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_manager_runs_a_demo_day_from_pitches_to_published_results_and_the_founder_sees_theirs()
    {
        var manager = await factory.ManagerAsync();
        var intakeId = await factory.NewIntakeAsync();
        var dayId = await manager.Client.NewDemoDayAsync();
        var dairy = $"Dairy {Guid.NewGuid():N}"[..16];
        var felt = $"Felt {Guid.NewGuid():N}"[..15];
        var (dairyFounder, _) = await factory.AcceptedApplicationAsync(intakeId, dairy);
        await factory.AcceptedApplicationAsync(intakeId, felt);
        var ariunaa = await factory.NewUserAsync(Roles.Judge);
        var bold = await factory.NewUserAsync(Roles.Mentor);
        var page = await factory.NewPageAsync();
        await page.SignInAsync(manager.Email, ApiTestExtensions.Password);
        var flash = page.Locator(".flash");

        await page.GotoAsync("/manage/demo-days");
        var name = (await (await manager.Client.GetAsync($"{DemoDayTestData.DemoDays}/{dayId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("name").GetString()!;
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(page.Locator("#day-status")).ToHaveTextAsync("Draft");

        // Pitches in running order, then the jury, then a conflict.
        await page.GetByLabel("Accepted venture").SelectOptionAsync(new SelectOptionValue { Label = dairy });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the pitch" }).ClickAsync();
        await Assertions.Expect(flash).ToHaveTextAsync("The pitch is added.");
        await page.GetByLabel("Accepted venture").SelectOptionAsync(new SelectOptionValue { Label = felt });
        await Assertions.Expect(page.GetByLabel("Slot (running order)")).ToHaveValueAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the pitch" }).ClickAsync();
        await Assertions.Expect(page.Locator("#pitches li")).ToHaveTextAsync([dairy, felt]);
        foreach (var judge in new[] { ariunaa, bold })
        {
            await page.GetByLabel("E-mail of a judge or mentor account").FillAsync(judge.Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Appoint the judge" }).ClickAsync();
            await Assertions.Expect(flash).ToContainTextAsync("judges this Demo Day.");
        }

        await Assertions.Expect(page.Locator("#judges li")).ToHaveCountAsync(2);
        await page.GetByLabel("Judge", new() { Exact = true }).SelectOptionAsync(bold.Id.ToString());
        await page.GetByLabel("Pitch", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"2. {felt}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the conflict" }).ClickAsync();
        await Assertions.Expect(page.Locator("#conflicts li")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Open scoring" }).ClickAsync();
        await Assertions.Expect(flash).ToHaveTextAsync("Scoring is open: judges score on their phones.");
        await Assertions.Expect(page.Locator("#day-status")).ToHaveTextAsync("Scoring");
        await Assertions.Expect(page.Locator("#sheets-in")).ToHaveTextAsync("0 of 3 score sheets are in.");
        await Assertions.Expect(page.Locator($"#judge-{bold.Id} td").Nth(1)).ToHaveTextAsync("Conflict");

        // The judges score through the API; the page would refresh itself within 10 s, reloading it keeps the test fast.
        await Assertions.Expect(page.Locator("meta[http-equiv='refresh'][content='10']")).ToHaveCountAsync(1);
        var pitches = (await (await manager.Client.GetAsync($"{DemoDayTestData.DemoDays}/{dayId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("pitches");
        var (dairyPitch, feltPitch) = (pitches[0].GetProperty("id").GetGuid(), pitches[1].GetProperty("id").GetGuid());
        (await ariunaa.Client.ScoreAsync(dayId, dairyPitch, DemoDayTestData.Sheet(9, 9))).EnsureSuccessStatusCode();
        (await bold.Client.ScoreAsync(dayId, dairyPitch, DemoDayTestData.Sheet(8, 8))).EnsureSuccessStatusCode();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#sheets-in")).ToHaveTextAsync("2 of 3 score sheets are in.");
        await Assertions.Expect(page.Locator("#pitch-progress-1")).ToHaveTextAsync("2 / 2");
        await Assertions.Expect(page.Locator("#pitch-progress-2")).ToHaveTextAsync("0 / 1");
        await page.ScreenshotAsync("manager-demo-day-live");
        (await ariunaa.Client.ScoreAsync(dayId, feltPitch, DemoDayTestData.Sheet(5, 5))).EnsureSuccessStatusCode();

        await page.GetByRole(AriaRole.Button, new() { Name = "Close scoring and compute the results" }).ClickAsync();
        await Assertions.Expect(page.Locator("#day-status")).ToHaveTextAsync("Closed");
        // Computed in the background; the page refreshes itself until the ranking is there.
        var rows = page.Locator("#results tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        await Assertions.Expect(rows.First).ToContainTextAsync(dairy);
        await Assertions.Expect(page.Locator("#criteria li")).ToHaveTextAsync(["Team (weight 2)", "Market (weight 3)"]);

        await page.GetByLabel("Award", new() { Exact = true }).FillAsync("Best Entrepreneur");
        await page.GetByLabel("To the pitch").SelectOptionAsync(new SelectOptionValue { Label = $"1. {dairy}" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Give an award" }).ClickAsync();
        await Assertions.Expect(flash).ToHaveTextAsync("Best Entrepreneur is awarded.");
        await Assertions.Expect(rows.First).ToContainTextAsync("Best Entrepreneur");
        await page.ScreenshotAsync("demo-day-results");

        await page.GetByRole(AriaRole.Button, new() { Name = "Publish the results" }).ClickAsync();
        await Assertions.Expect(flash).ToHaveTextAsync("The results are published.");
        await Assertions.Expect(page.Locator("#day-status")).ToHaveTextAsync("Published");
        await page.Context.CloseAsync();

        var founderPage = await factory.NewPageAsync(360, 740);
        await founderPage.SignInAsync(dairyFounder.Email, ApiTestExtensions.Password);
        await founderPage.GotoAsync($"/demo-days/{dayId}");
        var own = founderPage.Locator("#results tr[aria-current='true']");
        await Assertions.Expect(own).ToContainTextAsync(dairy);
        await Assertions.Expect(own).ToContainTextAsync("Your venture");
        await Assertions.Expect(own).ToContainTextAsync("Best Entrepreneur");
        await founderPage.Context.CloseAsync();
    }
}
