using System.Globalization;
using System.Net;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SeedCapital;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class ManagerCallAwardFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_manager_opens_a_call_appoints_evaluators_sees_the_ranking_and_awards_it_and_the_founder_then_sees_the_grant()
    {
        var manager = await factory.ManagerAsync();
        var title = $"Seed capital {Guid.NewGuid():N}"[..24];
        var page = await factory.NewPageAsync(1280, 900);
        await page.SignInAsync(manager.Email, ApiTestExtensions.Password);

        // The call, opened yesterday in Ulaanbaatar and closing in a month, with two weighted criteria.
        await page.GotoAsync("/?culture=en");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Seed-capital calls" }).ClickAsync();
        var local = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Budget of the call").FillAsync("20000000");
        await page.GetByLabel("Largest grant to one venture").FillAsync("15000000");
        await page.GetByLabel("Lowest score that can be funded").FillAsync("5");
        await page.GetByLabel("Takes proposals from").FillAsync(local.AddDays(-1).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Deadline for proposals").FillAsync(local.AddDays(30).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Criterion 1", new() { Exact = true }).FillAsync("Innovation");
        await page.GetByLabel("Weight of criterion 1").FillAsync("3");
        await page.GetByLabel("Criterion 2", new() { Exact = true }).FillAsync("Team");
        await page.GetByLabel("Weight of criterion 2").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open a call" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"The call {title} is created.");
        await Assertions.Expect(page.Locator("#call-status")).ToHaveTextAsync("Open");
        var callId = Guid.Parse(new Uri(page.Url).Segments[^1]);

        // Four founders propose through the API; the committee is appointed on the page, by e-mail.
        var (winner, first) = await factory.ProposalAsync(callId, requested: 12_000_000m, ventureName: "Сүүний хоршоо");
        var (_, tooBig) = await factory.ProposalAsync(callId, requested: 10_000_000m, ventureName: "Eco Ger Camp");
        var (_, smaller) = await factory.ProposalAsync(callId, requested: 6_000_000m, ventureName: "Ноосон эдлэл");
        var (_, conflicted) = await factory.ProposalAsync(callId, requested: 5_000_000m, ventureName: "Smart Greenhouse");
        using var ada = await factory.NewEvaluatorAsync();
        using var bold = await factory.NewEvaluatorAsync();
        await page.GetByLabel("E-mail of an evaluator account").FillAsync(winner.Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Appoint" }).ClickAsync();
        await Assertions.Expect(page.Locator(".errors")).ToContainTextAsync("No person with the Evaluator role");
        foreach (var evaluator in new[] { ada, bold })
        {
            await page.GetByLabel("E-mail of an evaluator account").FillAsync(evaluator.Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Appoint" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"{evaluator.Email} is appointed to the committee.");
        }

        // Scores 8.5, 7.5 and 7; the fourth has one conflict, so too few evaluations to be ranked.
        foreach (var (proposal, adaScore, boldScore) in new[] { (first, 9m, 8m), (tooBig, 8m, 7m), (smaller, 8m, 6m) })
        {
            await (await ada.Client.EvaluateAsync(proposal, adaScore, adaScore)).JsonAsync(HttpStatusCode.Created);
            await (await bold.Client.EvaluateAsync(proposal, boldScore, boldScore)).JsonAsync(HttpStatusCode.Created);
        }

        await (await ada.Client.EvaluateAsync(conflicted, 9, 9)).JsonAsync(HttpStatusCode.Created);
        await (await bold.Client.EvaluateAsync(conflicted, 0, 0, conflict: true)).JsonAsync(HttpStatusCode.Created);

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#committee li")).ToHaveTextAsync([$"Test Evaluator ({ada.Email}): evaluated 4 of 4", $"Test Evaluator ({bold.Email}): evaluated 4 of 4"]);
        await Assertions.Expect(page.Locator($"#proposal-{conflicted}")).ToContainTextAsync("1 scored, 1 with a conflict");
        await Assertions.Expect(page.Locator("#ranking tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator($"#rank-{first}")).ToContainTextAsync("8.50");
        await Assertions.Expect(page.Locator($"#rank-{first} .result")).ToHaveTextAsync("Within the budget: 12\u202F000\u202F000 ₮");
        await Assertions.Expect(page.Locator($"#rank-{tooBig} .result")).ToHaveTextAsync("Not within the remaining budget");
        await Assertions.Expect(page.Locator($"#rank-{smaller} .result")).ToHaveTextAsync("Within the budget: 6\u202F000\u202F000 ₮");
        await Assertions.Expect(page.Locator($"#rank-{conflicted}")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#totals")).ToHaveTextAsync("Funded 18\u202F000\u202F000 ₮; left of the budget 2\u202F000\u202F000 ₮");
        await page.ScreenshotAsync("manager-call-award");

        await page.GetByRole(AriaRole.Button, new() { Name = "Award the call" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The call is awarded: 2 grants.");
        await Assertions.Expect(page.Locator("#call-status")).ToHaveTextAsync("Awarded");
        await Assertions.Expect(page.Locator($"#rank-{first} .result a")).ToHaveTextAsync("Grant of 12\u202F000\u202F000 ₮");
        await Assertions.Expect(page.Locator($"#rank-{tooBig} .result")).ToHaveTextAsync("Not funded");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Award the call" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();

        using (winner)
        {
            var founderPage = await factory.NewPageAsync(360, 740);
            await founderPage.SignInAsync(winner.Email, ApiTestExtensions.Password);
            await founderPage.GotoAsync("/my-grant?culture=en");
            await Assertions.Expect(founderPage.Locator(".figure")).ToHaveTextAsync("Paid out: 0 ₮ of 12\u202F000\u202F000 ₮");
            await founderPage.Context.CloseAsync();
        }
    }
}
