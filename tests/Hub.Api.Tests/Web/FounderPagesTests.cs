using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.SeedCapital;
using Hub.Api.Tests.Training;
using static Hub.Api.Tests.Training.TrainingTestData;

namespace Hub.Api.Tests.Web;

/// <summary>The founder's training, proposal and settings pages through plain HTTP: the queries and commands behind them, without a browser.</summary>
[Collection(HubCollection.Name)]
public sealed class FounderPagesTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_founder_sees_the_sessions_of_their_own_programme_with_their_own_mark_and_no_one_else_s()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 2);
        var (ada, bat) = (founders[0], founders[1]);
        var (_, others) = await factory.ProgrammeWithFoundersAsync();
        var moduleId = await factory.NewModuleAsync();
        var trainer = await factory.TrainerAsync();
        var past = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, DateTimeOffset.UtcNow.AddDays(-1), durationMinutes: 60));
        var upcoming = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, new DateTimeOffset(2099, 3, 1, 2, 0, 0, TimeSpan.Zero), durationMinutes: 60));
        await (await trainer.Client.RecordAsync(past, Register((ada.Id, "Present"), (bat.Id, "Excused")))).JsonAsync(HttpStatusCode.OK);

        using var adaPages = await factory.BrowserAsync(ada.Email, ApiTestExtensions.Password);
        var adas = await adaPages.HtmlAsync("/training?culture=en");
        Assert.Contains("1 h in all: 1 h of training", adas, StringComparison.Ordinal);
        Assert.Contains("Present", Section(adas, $"session-{past}"), StringComparison.Ordinal);
        // 02:00 UTC is 10:00 in Ulaanbaatar, the hub's zone.
        Assert.Contains("2099-03-01 10:00", Section(adas, $"session-{upcoming}"), StringComparison.Ordinal);

        using var batPages = await factory.BrowserAsync(bat.Email, ApiTestExtensions.Password);
        Assert.Contains("Excused", Section(await batPages.HtmlAsync("/training?culture=en"), $"session-{past}"), StringComparison.Ordinal);

        using var otherPages = await factory.BrowserAsync(others[0].Email, ApiTestExtensions.Password);
        var theirs = await otherPages.HtmlAsync("/training?culture=en");
        Assert.DoesNotContain($"session-{past}", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain($"session-{upcoming}", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_zone_chosen_in_the_settings_is_kept_with_the_account_and_comes_back_at_the_next_sign_in()
    {
        var founder = await factory.NewFounderAsync();
        using var pages = await factory.BrowserAsync(founder.Email, ApiTestExtensions.Password);

        var saved = await pages.PostFormAsync("/account/settings?culture=en", "/account/settings", ("Culture", "en"), ("TimeZone", "Europe/Ljubljana"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(saved.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hub.tz=Europe%2FLjubljana", StringComparison.Ordinal));

        var refused = await pages.PostFormAsync("/account/settings", "/account/settings", ("Culture", "en"), ("TimeZone", "Mars/Olympus_Mons"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("is not a known IANA time zone", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another browser, signed in through the page, gets the account's zone.
        using var other = PageForms.Browser(factory);
        var signedIn = await other.PostFormAsync("/account/sign-in", "/account/sign-in", ("Input.Email", founder.Email), ("Input.Password", ApiTestExtensions.Password));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hub.tz=Europe%2FLjubljana", StringComparison.Ordinal));
        Assert.Contains("<option value=\"Europe/Ljubljana\" selected=\"selected\">", await other.HtmlAsync("/account/settings"), StringComparison.Ordinal);

        // Back to the hub's own zone: stored as none, and the browser forgets its cookie.
        var reset = await pages.PostFormAsync("/account/settings", "/account/settings", ("Culture", "mn"), ("TimeZone", "Asia/Ulaanbaatar"));
        Assert.Contains(reset.Headers.GetValues("Set-Cookie"), c => c.StartsWith("hub.tz=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_draft_proposal_is_changed_from_its_page_but_not_over_a_change_made_meanwhile_nor_once_submitted()
    {
        var callId = await factory.NewCallAsync();
        var (founder, proposalId) = await factory.ProposalAsync(callId, requested: 10_000_000m, submit: false);
        using var pages = await factory.BrowserAsync(founder.Email, ApiTestExtensions.Password);
        var url = $"/seed-capital/proposals/{proposalId}?culture=en";
        var version = System.Text.RegularExpressions.Regex.Match(await pages.HtmlAsync(url), "name=\"Input.Version\" value=\"(\\d+)\"").Groups[1].Value;

        (string, string)[] Form(string amount) =>
            [("Input.Version", version), ("Input.RequestedAmount", amount), ("Input.Summary", "A cold store for milk."), ("Input.Milestones[0].Title", "Cold store built"),
             ("Input.Milestones[0].DueOn", "2027-03-01"), ("Input.Milestones[0].Amount", amount)];
        var changed = await pages.PostFormAsync(url, $"/seed-capital/proposals/{proposalId}?handler=Save", Form("8000000"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var stale = await pages.PostFormAsync(url, $"/seed-capital/proposals/{proposalId}?handler=Save", Form("7000000"));
        Assert.Contains("changed this in the meantime", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var proposal = await (await founder.Client.GetAsync($"{SeedCapitalTestData.Proposals}/{proposalId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(8_000_000m, proposal.GetProperty("requestedAmount").GetProperty("amount").GetDecimal());
        Assert.Equal("Cold store built", proposal.GetProperty("milestones")[0].GetProperty("title").GetString());

        var mine = await pages.HtmlAsync("/seed-capital?culture=en");
        Assert.Contains("8&#x202F;000&#x202F;000 ₮", Section(mine, $"proposal-{proposalId}"), StringComparison.Ordinal);

        (await founder.Client.PostAsync($"{SeedCapitalTestData.Proposals}/{proposalId}/submit", null)).EnsureSuccessStatusCode();
        // The page no longer offers the form; a post made anyway is refused by the proposal itself.
        var late = await pages.PostFormAsync("/account/settings", $"/seed-capital/proposals/{proposalId}?handler=Save", Form("8000000"));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("role=\"alert\"", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var submitted = await (await founder.Client.GetAsync($"{SeedCapitalTestData.Proposals}/{proposalId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("Submitted", 8_000_000m), (submitted.GetProperty("status").GetString(), submitted.GetProperty("requestedAmount").GetProperty("amount").GetDecimal()));
        Assert.DoesNotContain("Change the draft", await pages.HtmlAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_the_call_is_awarded_a_founder_sees_their_grant_in_euros_with_its_tranches_and_another_that_they_were_not_funded()
    {
        var callId = await factory.NewCallAsync(SeedCapitalTestData.CallBody(budget: 30_000m, maxGrant: 15_000m, currency: "EUR"));
        using var first = await factory.NewEvaluatorAsync();
        using var second = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(callId, first.Id);
        await factory.AppointAsync(callId, second.Id);
        var (funded, fundedId) = await ProposeAsync(callId, 9, 9);
        var (notFunded, notFundedId) = await ProposeAsync(callId, 1, 1);

        var manager = await factory.ManagerAsync();
        await (await manager.Client.PostAsync($"{SeedCapitalTestData.Calls}/{callId}/award", null)).JsonAsync(HttpStatusCode.OK);
        await factory.Notifications.WaitForAsync(n => n.RecipientUserId == funded.Id && n.Template == "seedcapital.proposal-funded", TimeSpan.FromSeconds(10));

        using var fundedPages = await factory.BrowserAsync(funded.Email, ApiTestExtensions.Password);
        Assert.Contains("Funded: a grant of 12&#x202F;500.00 €", Section(await fundedPages.HtmlAsync("/seed-capital?culture=en"), $"proposal-{fundedId}"), StringComparison.Ordinal);
        var page = await fundedPages.HtmlAsync($"/seed-capital/proposals/{fundedId}");
        Assert.Contains("Paid so far: 0.00 €", page, StringComparison.Ordinal);
        Assert.Contains("Equipment · 2027-01-15", page, StringComparison.Ordinal);
        Assert.Contains("7&#x202F;500.00 €", page, StringComparison.Ordinal);

        using var notFundedPages = await factory.BrowserAsync(notFunded.Email, ApiTestExtensions.Password);
        Assert.Contains("Not funded in this call.", await notFundedPages.HtmlAsync($"/seed-capital/proposals/{notFundedId}?culture=en"), StringComparison.Ordinal);

        async Task<(TestUser Founder, Guid ProposalId)> ProposeAsync(Guid call, decimal innovation, decimal team)
        {
            var (founder, applicationId) = await factory.AcceptedApplicationAsync(await factory.NewIntakeAsync(), $"Grant {Guid.NewGuid():N}");
            var body = SeedCapitalTestData.ProposalBody(applicationId, 12_500m, currency: "EUR");
            body["milestones"] = new System.Text.Json.Nodes.JsonArray(
                new System.Text.Json.Nodes.JsonObject { ["title"] = "Equipment", ["dueOn"] = "2027-01-15", ["amount"] = 7_500m },
                new System.Text.Json.Nodes.JsonObject { ["title"] = "First sales", ["dueOn"] = "2027-06-15", ["amount"] = 5_000m });
            var id = (await (await founder.Client.PostAsJsonAsync($"{SeedCapitalTestData.Calls}/{call}/proposals", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            await (await founder.Client.PostAsync($"{SeedCapitalTestData.Proposals}/{id}/submit", null)).JsonAsync(HttpStatusCode.OK);
            await (await first.Client.EvaluateAsync(id, innovation, team)).JsonAsync(HttpStatusCode.Created);
            await (await second.Client.EvaluateAsync(id, innovation, team)).JsonAsync(HttpStatusCode.Created);
            return (founder, id);
        }
    }

    [Fact]
    public async Task An_unknown_certificate_code_is_a_404_page_that_says_so()
    {
        using var anyone = PageForms.Browser(factory);
        var response = await anyone.GetAsync("/certificates/NO-SUCH-CODE?culture=en");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("No certificate has this code", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The element with this id up to the next list item: one card of a page.</summary>
    private static string Section(string html, string id)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No element {id} on the page.");
        var end = html.IndexOf("</li>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
