using System.Net;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Web;
using Hub.Domain.Common;

namespace Hub.Api.Tests.DemoDay;

/// <summary>The manager's page of one Demo Day through plain HTTP: who may open it, the refusals it shows, stale changes, the CSV with the page's cookie.</summary>
[Collection(HubCollection.Name)]
public sealed partial class ManageDemoDayPageTests(HubApiFactory factory)
{
    [Fact]
    public async Task Only_staff_open_a_demo_day_s_page_and_a_judge_of_the_day_cannot_close_it_from_there()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var dayId = await manager.NewDemoDayAsync();
        var judge = await factory.NewUserAsync(Roles.Judge);
        await manager.InviteAsync(dayId, judge.Id);
        var founder = await factory.NewFounderAsync();
        var url = $"/manage/demo-days/{dayId}";

        using var anonymous = PageForms.Browser(factory);
        var signIn = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.StartsWith("/account/sign-in", signIn.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var founderPages = await factory.BrowserAsync(founder.Email, ApiTestExtensions.Password);
        var denied = await founderPages.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/account/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var judgePages = await factory.BrowserAsync(judge.Email, ApiTestExtensions.Password);
        Assert.StartsWith("/account/denied", (await judgePages.GetAsync(url)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        var close = await judgePages.PostFormAsync("/account/settings", $"{url}?handler=Close");
        Assert.StartsWith("/account/denied", close.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Draft", (await DayAsync(manager, dayId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_page_shows_the_api_s_refusals_publishing_before_results_an_unknown_judge_and_a_second_close()
    {
        var manager = await factory.ManagerAsync();
        var dayId = await manager.Client.NewDemoDayAsync();
        var founder = await factory.NewFounderAsync();
        using var pages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
        var url = $"/manage/demo-days/{dayId}?culture=en";

        // A draft day offers "open scoring", not "close".
        var draft = await pages.HtmlAsync(url);
        Assert.Contains("Open scoring", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Close scoring", draft, StringComparison.Ordinal);

        var publish = await pages.PostFormAsync(url, $"/manage/demo-days/{dayId}?handler=Publish", ("Version", VersionOn(draft)));
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Contains("Results are published once the Demo Day is closed and its results are completed.", await publish.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var notAJudge = await pages.PostFormAsync(url, $"/manage/demo-days/{dayId}?handler=Judge", ("Version", VersionOn(draft)), ("JudgeEmail", founder.Email));
        Assert.Contains($"No judge or mentor account has the e-mail {founder.Email}.", await notAJudge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await DayAsync(manager.Client, dayId)).GetProperty("judges").EnumerateArray());

        (await manager.Client.PostAsync($"{DemoDayTestData.DemoDays}/{dayId}/open-scoring", null)).EnsureSuccessStatusCode();
        var scoring = await pages.HtmlAsync(url);
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"10\">", scoring, StringComparison.Ordinal);
        var closed = await pages.PostFormAsync(url, $"/manage/demo-days/{dayId}?handler=Close", ("Version", VersionOn(scoring)));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        // A second close (from a second tab, say; this page no longer offers one) is refused with the API's own message.
        var again = await pages.PostFormAsync("/account/settings", $"/manage/demo-days/{dayId}?handler=Close");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("This Demo Day is already Closed.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_made_from_a_stale_page_is_refused_and_the_csv_link_works_with_the_page_s_cookie()
    {
        var manager = await factory.ManagerAsync();
        var intakeId = await factory.NewIntakeAsync();
        var dayId = await manager.Client.NewDemoDayAsync();
        var (_, applicationId) = await factory.AcceptedApplicationAsync(intakeId, $"Stale {Guid.NewGuid():N}"[..20]);
        using var pages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
        var url = $"/manage/demo-days/{dayId}?culture=en";
        var seen = VersionOn(await pages.HtmlAsync(url));

        // Another manager opens scoring meanwhile.
        (await manager.Client.PostAsync($"{DemoDayTestData.DemoDays}/{dayId}/open-scoring", null)).EnsureSuccessStatusCode();
        var stalePitch = await pages.PostFormAsync(url, $"/manage/demo-days/{dayId}?handler=Pitch", ("Version", seen), ("ApplicationId", applicationId.ToString()), ("Slot", "1"));
        Assert.Equal(HttpStatusCode.OK, stalePitch.StatusCode);
        Assert.Contains("changed this in the meantime", await stalePitch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var staleClose = await pages.PostFormAsync(url, $"/manage/demo-days/{dayId}?handler=Close", ("Version", seen));
        Assert.Contains("changed this in the meantime", await staleClose.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var day = await DayAsync(manager.Client, dayId);
        Assert.Equal(("Scoring", 0), (day.GetProperty("status").GetString(), day.GetProperty("pitches").GetArrayLength()));

        var fresh = VersionOn(await pages.HtmlAsync(url));
        Assert.NotEqual(seen, fresh);
        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync(url, $"/manage/demo-days/{dayId}?handler=Pitch", ("Version", fresh), ("ApplicationId", applicationId.ToString()), ("Slot", "1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await pages.PostFormAsync(url, $"/manage/demo-days/{dayId}?handler=Close", ("Version", VersionOn(await pages.HtmlAsync(url))))).StatusCode);
        await manager.Client.CompletedResultsAsync(dayId);

        var results = await pages.HtmlAsync(url);
        Assert.Contains($"href=\"/api/v1/demo-days/{dayId}/results.csv?method=zscore\"", results, StringComparison.Ordinal);
        var csv = await pages.GetAsync($"/api/v1/demo-days/{dayId}/results.csv?method=zscore");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("pitchId,slot,venture,rank,", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<System.Text.Json.JsonElement> DayAsync(HttpClient manager, Guid dayId) =>
        await (await manager.GetAsync($"{DemoDayTestData.DemoDays}/{dayId}")).JsonAsync(HttpStatusCode.OK);

    private static string VersionOn(string html)
    {
        var version = VersionField().Match(html);
        Assert.True(version.Success, "The page has no Version field.");
        return version.Groups[1].Value;
    }

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
