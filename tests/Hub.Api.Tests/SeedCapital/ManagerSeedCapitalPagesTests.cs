using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Web;
using Hub.Domain.Common;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>The manager's seed-capital pages through plain HTTP: who may open them, and the refusals and stale changes they show.</summary>
[Collection(HubCollection.Name)]
public sealed partial class ManagerSeedCapitalPagesTests(HubApiFactory factory)
{
    [Fact]
    public async Task Only_managers_and_admins_open_the_call_and_grant_pages()
    {
        var callId = await factory.NewCallAsync();
        string[] pages = ["/manage/calls", $"/manage/calls/{callId}", "/manage/grants"];

        using var anonymous = PageForms.Browser(factory);
        foreach (var url in pages)
        {
            var toSignIn = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
            Assert.StartsWith("/account/sign-in", toSignIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        using var founder = await factory.NewFounderAsync();
        using var evaluator = await factory.NewEvaluatorAsync();
        foreach (var email in new[] { founder.Email, evaluator.Email })
        {
            using var browser = await factory.BrowserAsync(email, ApiTestExtensions.Password);
            foreach (var url in pages)
            {
                var denied = await browser.GetAsync(url);
                Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
                Assert.StartsWith("/account/denied", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);
            }

            // A form posted anyway is refused before the command is sent.
            var forged = await browser.PostFormAsync("/account/settings", $"/manage/calls/{callId}?handler=Award", ("version", "0"));
            Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
            Assert.StartsWith("/account/denied", forged.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var manager = await factory.ManagerAsync();
        using var managerPages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
        Assert.Contains($"href=\"/manage/calls/{callId}\"", await managerPages.HtmlAsync("/manage/calls?culture=en"), StringComparison.Ordinal);

        // The manager's own form, refused by the command's validator: the reasons are shown and what was typed is kept.
        var refused = await managerPages.PostFormAsync(
            "/manage/calls?culture=en",
            "/manage/calls",
            ("Input.Title", "Pilot call"), ("Input.Kind", "SeedCapital"), ("Input.Currency", "MNT"), ("Input.Budget", "30000000"), ("Input.MaxGrant", "15000000"),
            ("Input.MinScore", "5"), ("Input.OpensAt", "2090-03-01T09:00"), ("Input.ClosesAt", "2090-02-01T09:00"), ("Input.Criteria[0].Weight", "2"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await refused.Content.ReadAsStringAsync();
        Assert.Contains("&#x27;closesAt&#x27; must be later than &#x27;opensAt&#x27;.", form, StringComparison.Ordinal);
        Assert.Contains("value=\"Pilot call\"", form, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_award_before_the_call_opens_is_refused_with_the_reason_on_the_page_and_a_stale_one_as_changed_meanwhile()
    {
        var callId = await factory.NewCallAsync(SeedCapitalTestData.CallBody(opensAt: DateTimeOffset.UtcNow.AddDays(2), closesAt: DateTimeOffset.UtcNow.AddDays(30)));
        var manager = await factory.ManagerAsync();
        using var pages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
        var url = $"/manage/calls/{callId}?culture=en";
        var html = await pages.HtmlAsync(url);
        Assert.Contains("id=\"award-later\"", html, StringComparison.Ordinal);
        var version = Version().Match(html).Groups[1].Value;

        var early = await pages.PostFormAsync(url, $"/manage/calls/{callId}?handler=Award", ("version", version));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("has not opened yet", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // An evaluator appointed meanwhile (through the API) changes the call: the page's version is stale.
        using var evaluator = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(callId, evaluator.Id);
        using var other = await factory.NewEvaluatorAsync();
        var stale = await pages.PostFormAsync(url, $"/manage/calls/{callId}?handler=Appoint", ("email", other.Email), ("version", version));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("changed this in the meantime", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var call = await (await manager.Client.GetAsync($"{SeedCapitalTestData.Calls}/{callId}")).JsonAsync(HttpStatusCode.OK);
        Assert.False(call.GetProperty("awarded").GetBoolean());
        Assert.Equal([evaluator.Id], call.GetProperty("evaluators").EnumerateArray().Select(e => e.GetGuid()));
    }

    [Fact]
    public async Task A_reported_tranche_is_approved_once_from_the_grant_page_and_a_second_approval_from_the_same_page_is_refused()
    {
        // In euros, which need no exchange rate: a tögrög rate recorded for today would change what other tests see.
        var (founder, grantId) = await factory.AwardedGrantAsync("Малын тэжээл", currency: "EUR");
        using (founder)
        {
            await (await founder.Client.PostAsJsonAsync($"{SeedCapitalTestData.Grants}/{grantId}/tranches/1/report", new { report = "The cooler is installed.", jobsCreated = 3 }))
                .JsonAsync(HttpStatusCode.OK);
            var manager = await factory.ManagerAsync();

            using var pages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
            var url = $"/manage/grants/{grantId}?culture=en";
            var html = await pages.HtmlAsync(url);
            Assert.Contains("Reported", html, StringComparison.Ordinal);
            Assert.Contains("jobs created: 3", html, StringComparison.Ordinal);
            Assert.Contains("The cooler is installed.", html, StringComparison.Ordinal);
            var version = Version().Match(html).Groups[1].Value;

            var approved = await pages.PostFormAsync(url, $"/manage/grants/{grantId}?handler=Approve&number=1", ("version", version));
            Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
            var after = await pages.HtmlAsync(url);
            Assert.Contains("Paid out 6&#x202F;000&#x202F;000.00 € of 10&#x202F;000&#x202F;000.00 €; still to pay 4&#x202F;000&#x202F;000.00 €", after, StringComparison.Ordinal);
            Assert.DoesNotContain("Approve and release", after, StringComparison.Ordinal);

            // The same form sent again (a second click, another tab; the page no longer offers it): the version it carries is stale.
            var again = await pages.PostFormAsync("/account/settings", $"/manage/grants/{grantId}?handler=Approve&number=1", ("version", version));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Contains("changed this in the meantime", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var grant = await (await founder.Client.GetAsync($"{SeedCapitalTestData.Grants}/{grantId}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(6_000_000m, grant.GetProperty("released").Amount());
            Assert.Single(grant.GetProperty("auditTrail").EnumerateArray(), a => a.GetProperty("action").GetString() == "TrancheReleased");
            Assert.Contains($"href=\"/manage/grants/{grantId}\"", await pages.HtmlAsync("/manage/grants?culture=en"), StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex Version();
}
