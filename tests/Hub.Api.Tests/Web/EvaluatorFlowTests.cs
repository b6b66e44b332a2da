using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SeedCapital;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class EvaluatorFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task An_evaluator_scores_a_proposal_and_declares_a_conflict_on_another()
    {
        var callId = await factory.NewCallAsync();
        var otherCallId = await factory.NewCallAsync();
        using var evaluator = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(callId, evaluator.Id);
        var (scoredFounder, scoredId) = await factory.ProposalAsync(callId);
        var (conflictedFounder, conflictedId) = await factory.ProposalAsync(callId);
        using var _ = scoredFounder;
        using var __ = conflictedFounder;
        var page = await factory.NewPageAsync(360, 740);
        await page.SignInAsync(evaluator.Email, ApiTestExtensions.Password);

        // Only the calls the evaluator is appointed to.
        await page.GetByRole(AriaRole.Link, new() { Name = "Proposal evaluation" }).First.ClickAsync();
        await Assertions.Expect(page.Locator($"a[href='/evaluation/{otherCallId}']")).ToHaveCountAsync(0);
        await page.Locator($"a[href='/evaluation/{callId}']").ClickAsync();
        await Assertions.Expect(page.Locator("#progress")).ToHaveTextAsync("You evaluated 0 of 2 proposals.");

        // One row of 0–10 buttons per criterion of the call.
        await page.Locator($"a[href='/evaluation/proposals/{scoredId}']").ClickAsync();
        await Assertions.Expect(page.Locator("fieldset.sheet fieldset")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("input[name='Scores[0]']")).ToHaveCountAsync(11);
        await page.GetByLabel("Innovation 8").CheckAsync();
        await page.GetByLabel("Team 6").CheckAsync();
        await page.ScreenshotAsync("evaluator-score");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save scores" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your scores are saved");
        await Assertions.Expect(page.Locator("#progress")).ToHaveTextAsync("You evaluated 1 of 2 proposals.");

        // A revision starts from the saved scores.
        await page.GotoAsync($"/evaluation/proposals/{scoredId}");
        await Assertions.Expect(page.GetByLabel("Innovation 8")).ToBeCheckedAsync();

        await page.GotoAsync($"/evaluation/proposals/{conflictedId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "I have a conflict of interest with this proposal" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your conflict is recorded");
        await page.GotoAsync($"/evaluation/proposals/{conflictedId}");
        await Assertions.Expect(page.Locator("#closed")).ToContainTextAsync("Conflict of interest: closed to you");
        await Assertions.Expect(page.Locator("input[name='Scores[0]']")).ToHaveCountAsync(0);

        // Another call's proposals are unknown to this evaluator.
        await page.GotoAsync($"/evaluation/{otherCallId}");
        await Assertions.Expect(page.Locator("h1")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }
}
