using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Common.Inbox;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Reporting;
using Hub.Application.Mentoring.Contracts;
using Microsoft.Playwright;

namespace Hub.Api.Tests.Web;

[Collection(BrowserCollection.Name)]
public sealed class ManagerIndicatorsFlowTests(BrowserHubApiFactory factory)
{
    [Fact]
    public async Task A_manager_sees_a_periods_indicators_against_their_targets_in_both_languages_and_downloads_its_csv()
    {
        var day = ReportingTestData.QuietDay();
        var (mentorUserId, mentorshipId, founderUserId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await factory.PublishAsync(new MentoringSessionLoggedIntegrationEvent(Guid.NewGuid(), mentorshipId, mentorUserId, founderUserId, Guid.NewGuid(), day.At(10), 80, "Group"));
        await factory.PublishAsync(new MentoringSessionLoggedIntegrationEvent(Guid.NewGuid(), mentorshipId, mentorUserId, founderUserId, Guid.NewGuid(), day.At(15), 40, "OneToOne"));
        var manager = await factory.ManagerAsync();
        await Eventually.ValueAsync(() => manager.Client.IndicatorsAsync(day, day), r => r.Actual(Hub.Domain.Reporting.Indicators.IndicatorCatalog.MentoringSessions) == 2);
        var page = await factory.NewPageAsync(360, 740);
        await page.SignInAsync(manager.Email, ApiTestExtensions.Password);

        await page.GotoAsync("/manage/indicators?culture=en");
        await page.GetByLabel("From").FillAsync($"{day:yyyy-MM-dd}");
        await page.GetByLabel("To").FillAsync($"{day:yyyy-MM-dd}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Assertions.Expect(page.Locator("#period")).ToHaveTextAsync($"Period: {day:yyyy-MM-dd} to {day:yyyy-MM-dd}");
        await Assertions.Expect(page.Locator("#indicator-mentoring-sessions .figure")).ToHaveTextAsync("2 sessions (no target)");
        await Assertions.Expect(page.Locator("#indicator-group-mentoring-hours .figure")).ToHaveTextAsync("1.33 hours of 240 (1 %)");
        await Assertions.Expect(page.Locator("#indicator-citizens-trained .figure")).ToHaveTextAsync("0 persons of 400 (0 %)");
        await Assertions.Expect(page.Locator("#indicator-group-mentoring-hours svg.bar rect.fill")).ToHaveAttributeAsync("width", "1");
        await page.ScreenshotAsync("manager-indicators");

        // The exports are for the period shown, and the signed-in manager downloads them with the page's cookie.
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Mentoring sessions" }).GetAttributeAsync("href");
        Assert.Equal($"/api/v1/reports/mentoring-sessions.csv?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}", href);
        var csv = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, csv.Status);
        Assert.Equal(3, (await csv.TextAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        await page.GotoAsync($"/manage/indicators?From={day:yyyy-MM-dd}&To={day:yyyy-MM-dd}&culture=mn");
        await Assertions.Expect(page.Locator("#indicator-mentoring-sessions h2")).ToHaveTextAsync("Зөвлөгөөний уулзалт");
        await Assertions.Expect(page.Locator("#indicator-mentoring-sessions .figure")).ToHaveTextAsync("2 уулзалт (зорилтгүй)");
        await page.Context.CloseAsync();
    }
}
