using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Mentoring;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class MentorFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_mentor_logs_a_session_of_their_mentorship()
    {
        var (mentorId, mentor) = await factory.NewSignedInMentorAsync();
        var founder = await factory.NewFounderAsync();
        var mentorshipId = await factory.ActiveMentorshipAsync(mentorId, mentor.Client, founder);
        var page = await factory.NewPageAsync(360, 740);
        await page.SignInAsync(mentor.Email, "Mentor-pass-2026!");

        await page.GotoAsync("/mentoring");
        await page.Locator($"a[href='/mentoring/{mentorshipId}/sessions/new']").ClickAsync();
        await page.GetByLabel("Minutes").FillAsync("45");
        await page.GetByLabel("Group").CheckAsync();
        await page.GetByLabel("Topics").FillAsync("Cold chain costs and a price list for shops");
        await page.ScreenshotAsync("mentor-log-session");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log a session" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The session is logged.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("My hours: 0.75 h in 1 sessions");
        var logged = await (await mentor.Client.GetAsync($"{MentoringTestData.Mentorships}/{mentorshipId}")).Content.ReadAsStringAsync();
        Assert.Contains("Cold chain costs", logged, StringComparison.Ordinal);
        await page.Context.CloseAsync();

        // The founder sees the session and confirms it with a rating.
        var founderPage = await factory.NewPageAsync(360, 740);
        await founderPage.SignInAsync(founder.Email, ApiTestExtensions.Password);
        await founderPage.GotoAsync("/my-mentor");
        await Assertions.Expect(founderPage.Locator("main")).ToContainTextAsync("Cold chain costs and a price list for shops");
        await founderPage.GetByLabel("How useful was it? (1–5) 4").CheckAsync();
        await founderPage.GetByRole(AriaRole.Button, new() { Name = "Confirm and rate" }).ClickAsync();
        await Assertions.Expect(founderPage.GetByRole(AriaRole.Status)).ToHaveTextAsync("Thank you: the session is confirmed.");
        await Assertions.Expect(founderPage.Locator("main")).ToContainTextAsync("Confirmed, rated 4 of 5");
        await founderPage.ScreenshotAsync("founder-my-mentor");
        await founderPage.Context.CloseAsync();
    }
}
