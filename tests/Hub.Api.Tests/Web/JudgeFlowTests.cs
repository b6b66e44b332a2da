using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.DemoDay;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class JudgeFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_judge_scores_a_pitch_on_a_phone_and_a_conflicted_pitch_is_closed()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var intakeId = await factory.NewIntakeAsync();
        var dayId = await manager.NewDemoDayAsync();
        var (pitchId, _, _) = await factory.NewPitchAsync(manager, dayId, intakeId, 1);
        var (conflictedId, _, _) = await factory.NewPitchAsync(manager, dayId, intakeId, 2);
        var judge = await factory.NewUserAsync(Roles.Judge);
        await manager.InviteAsync(dayId, judge.Id);
        (await manager.PostAsJsonAsync($"{DemoDayTestData.DemoDays}/{dayId}/conflicts", new { judgeUserId = judge.Id, pitchId = conflictedId })).EnsureSuccessStatusCode();
        (await manager.PostAsync($"{DemoDayTestData.DemoDays}/{dayId}/open-scoring", null)).EnsureSuccessStatusCode();
        var page = await factory.NewPageAsync(360, 740);
        await page.SignInAsync(judge.Email, ApiTestExtensions.Password);

        await page.GotoAsync("/judging");
        await page.Locator($"a[href='/judging/{dayId}']").ClickAsync();
        await Assertions.Expect(page.Locator("#pitch-2")).ToContainTextAsync("Conflict of interest: closed to you");
        await Assertions.Expect(page.Locator($"#pitch-2 a[href*='{conflictedId}']")).ToHaveCountAsync(0);
        await page.Locator($"a[href='/judging/{dayId}/pitches/{pitchId}']").ClickAsync();

        // One control per criterion, within the day's scale of 1 to 10.
        await Assertions.Expect(page.Locator("fieldset.sheet fieldset")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("input[name='Scores[0]']")).ToHaveCountAsync(10);
        await page.GetByLabel("Team 7").CheckAsync();
        await page.GetByLabel("Market 9").CheckAsync();
        await page.ScreenshotAsync("judge-score-sheet-phone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save scores" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your scores are saved");
        await Assertions.Expect(page.Locator("#pitch-1")).ToContainTextAsync("Scored 8.2");
        await Assertions.Expect(page.Locator("#progress")).ToHaveTextAsync("You scored 1 of 1 pitches.");
        await page.ScreenshotAsync("judge-demo-day-phone");

        await page.GotoAsync($"/judging/{dayId}/pitches/{conflictedId}");
        await Assertions.Expect(page.Locator("#closed")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("input[name='Scores[0]']").First).ToBeDisabledAsync();
        await page.Context.CloseAsync();
    }
}
