using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Web;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>
/// A grant in tögrög is released at the day's euro rate: the grant page asks for it with the approval when none is
/// recorded, and shows it once it is. On the fake-clock host, whose database is its own: the shared host's tests
/// expect no tögrög rate recorded for today.
/// </summary>
[Collection(FakeClockCollection.Name)]
public sealed partial class ManagerGrantRatePageTests(FakeClockHubApiFactory factory)
{
    [Fact]
    public async Task A_togrog_tranche_is_approved_from_the_page_with_today_s_rate_recorded_with_it_and_the_next_shows_that_rate()
    {
        factory.CatchUpWithRealTime();
        var (founder, grantId) = await factory.AwardedGrantAsync("Ноолууран бүтээгдэхүүн");
        using (founder)
        {
            foreach (var number in new[] { 1, 2 })
            {
                await (await founder.Client.PostAsJsonAsync($"{SeedCapitalTestData.Grants}/{grantId}/tranches/{number}/report", new { report = "Done.", jobsCreated = 1 }))
                    .JsonAsync(HttpStatusCode.OK);
            }

            var manager = await factory.ManagerAsync();
            using var pages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
            var url = $"/manage/grants/{grantId}?culture=en";
            var html = await pages.HtmlAsync(url);
            Assert.Contains("<input id=\"rate-1\" name=\"rate\"", html, StringComparison.Ordinal);
            var version = Version().Match(html).Groups[1].Value;

            var approved = await pages.PostFormAsync(url, $"/manage/grants/{grantId}?handler=Approve&number=1", ("version", version), ("rate", "3700"));
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
            var grant = await (await manager.Client.GetAsync($"{SeedCapitalTestData.Grants}/{grantId}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(6_000_000m, grant.GetProperty("released").Amount());
            var disbursement = grant.GetProperty("tranches")[0].GetProperty("disbursement");
            Assert.Equal(3700m, disbursement.GetProperty("unitsPerEur").GetDecimal());
            Assert.Equal(1621.62m, disbursement.GetProperty("eurAmount").Amount());

            // The day's rate is recorded now: the next tranche is released at it, without asking again.
            var after = await pages.HtmlAsync(url);
            Assert.DoesNotContain("name=\"rate\"", after, StringComparison.Ordinal);
            Assert.Contains("Released at today&#x27;s rate: 1 € = 3700 MNT", after, StringComparison.Ordinal);
            var next = await pages.PostFormAsync(url, $"/manage/grants/{grantId}?handler=Approve&number=2", ("version", Version().Match(after).Groups[1].Value));
            Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
            var paid = await (await manager.Client.GetAsync($"{SeedCapitalTestData.Grants}/{grantId}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(10_000_000m, paid.GetProperty("released").Amount());
        }
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex Version();
}
