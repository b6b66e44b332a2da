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
    public async Task The_list_of_calls_counts_every_call_s_proposals_drafts_too_in_one_query()
    {
        var (withTwo, without) = (await factory.NewCallAsync(), await factory.NewCallAsync());
        var (submitted, _) = await factory.ProposalAsync(withTwo);
        var (drafting, _) = await factory.ProposalAsync(withTwo, submit: false);
        using (submitted)
        using (drafting)
        {
            var manager = await factory.ManagerAsync();
            using var pages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
            await pages.HtmlAsync("/manage/calls?culture=en");

            string html;
            IReadOnlyList<string> statements;
            using (var probe = new SqlStatementProbe(pages))
            {
                html = await pages.HtmlAsync("/manage/calls?culture=en");
                statements = probe.Statements;
            }

            Assert.EndsWith("<td>2</td>", Row(html, $"call-{withTwo}").TrimEnd(), StringComparison.Ordinal);
            Assert.EndsWith("<td>0</td>", Row(html, $"call-{without}").TrimEnd(), StringComparison.Ordinal);
            Assert.NotEmpty(statements);
            Assert.Single(statements, s => s.Contains("seed_capital.proposals", StringComparison.Ordinal));
        }
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
    public async Task An_award_over_a_ranking_changed_by_an_evaluation_since_the_page_showed_it_is_refused_and_the_fresh_ranking_shown()
    {
        var callId = await factory.NewCallAsync();
        using var first = await factory.NewEvaluatorAsync();
        using var second = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(callId, first.Id);
        await factory.AppointAsync(callId, second.Id);
        var (ranked, rankedId) = await factory.ProposalAsync(callId, ventureName: "Ногоон хүлэмж");
        var (late, lateId) = await factory.ProposalAsync(callId, ventureName: "Ноос боловсруулах");
        using (ranked)
        using (late)
        {
            await (await first.Client.EvaluateAsync(rankedId, 7, 7)).JsonAsync(HttpStatusCode.Created);
            await (await second.Client.EvaluateAsync(rankedId, 6, 6)).JsonAsync(HttpStatusCode.Created);
            await (await first.Client.EvaluateAsync(lateId, 9, 9)).JsonAsync(HttpStatusCode.Created);

            var manager = await factory.ManagerAsync();
            using var pages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
            var url = $"/manage/calls/{callId}?culture=en";
            var shown = await pages.HtmlAsync(url);
            Assert.Contains($"id=\"rank-{rankedId}\"", shown, StringComparison.Ordinal);
            Assert.DoesNotContain($"id=\"rank-{lateId}\"", shown, StringComparison.Ordinal);
            var (version, standing) = (Version().Match(shown).Groups[1].Value, Standing().Match(shown).Groups[1].Value);
            Assert.NotEmpty(standing);

            // The second evaluation of the other proposal, after the manager looked: it now ranks first, the call's version is the same.
            await (await second.Client.EvaluateAsync(lateId, 9, 9)).JsonAsync(HttpStatusCode.Created);
            var fresh = await pages.HtmlAsync(url);
            Assert.Equal(version, Version().Match(fresh).Groups[1].Value);

            var refused = await pages.PostFormAsync(url, $"/manage/calls/{callId}?handler=Award", ("version", version), ("standing", standing));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            var page = await refused.Content.ReadAsStringAsync();
            Assert.True(page.Contains("changed this in the meantime", StringComparison.Ordinal), Alert(page));
            Assert.Contains($"id=\"rank-{lateId}\"", page, StringComparison.Ordinal);
            var call = await (await manager.Client.GetAsync($"{SeedCapitalTestData.Calls}/{callId}")).JsonAsync(HttpStatusCode.OK);
            Assert.False(call.GetProperty("awarded").GetBoolean());
            await (await manager.Client.GetAsync($"{SeedCapitalTestData.Calls}/{callId}/award")).ProblemAsync(HttpStatusCode.NotFound);

            // The ranking the refusal showed is the one awarded.
            var awarded = await pages.PostFormAsync(url, $"/manage/calls/{callId}?handler=Award", ("version", version), ("standing", Standing().Match(page).Groups[1].Value));
            Assert.True(awarded.StatusCode == HttpStatusCode.Redirect, Alert(await awarded.Content.ReadAsStringAsync()));
            var award = await (await manager.Client.GetAsync($"{SeedCapitalTestData.Calls}/{callId}/award")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal([lateId, rankedId], award.GetProperty("ranking").EnumerateArray().Select(r => r.GetProperty("proposalId").GetGuid()));
        }
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

    private static string Alert(string html) => Regex.Match(html, "role=\"alert\"(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;

    private static string Row(string html, string id) => Regex.Match(html, $"<tr id=\"{id}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("name=\"standing\" value=\"([0-9a-f]+)\"")]
    private static partial Regex Standing();
}
