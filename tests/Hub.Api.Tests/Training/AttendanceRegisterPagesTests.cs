using System.Net;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Web;
using Hub.Domain.Common;
using static Hub.Api.Tests.Training.TrainingTestData;

namespace Hub.Api.Tests.Training;

/// <summary>The staff's training pages through plain HTTP: who may open them, a stale register, the corrections log.</summary>
[Collection(HubCollection.Name)]
public sealed partial class AttendanceRegisterPagesTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_founder_is_sent_to_the_denied_page_and_an_anonymous_visitor_to_sign_in()
    {
        var founder = await factory.NewFounderAsync();
        using var pages = await factory.BrowserAsync(founder.Email, ApiTestExtensions.Password);
        foreach (var url in new[] { "/manage/training", $"/manage/training/sessions/{Guid.NewGuid()}/attendance" })
        {
            var denied = await pages.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/account/denied", denied.Headers.Location?.OriginalString, StringComparison.Ordinal);

            using var anonymous = PageForms.Browser(factory);
            var signIn = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.Contains("/account/sign-in", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_trainer_sees_only_their_own_sessions_and_cannot_open_or_save_another_trainer_s_register()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync();
        var moduleId = await factory.NewModuleAsync();
        var mine = await factory.NewUserAsync(Roles.Trainer);
        var theirs = await factory.NewUserAsync(Roles.Trainer);
        var myId = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, mine.Id));
        var theirId = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, theirs.Id));
        using var pages = await factory.BrowserAsync(mine.Email, ApiTestExtensions.Password);

        var list = await pages.HtmlAsync("/manage/training?culture=en");
        Assert.Contains($"/manage/training/sessions/{myId}/attendance", list, StringComparison.Ordinal);
        Assert.DoesNotContain(theirId.ToString(), list, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"schedule\"", list, StringComparison.Ordinal);

        var url = $"/manage/training/sessions/{theirId}/attendance";
        var page = await pages.HtmlAsync(url);
        Assert.Contains("was not found", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"register\"", page, StringComparison.Ordinal);

        // A form forged from the trainer's own register, posted to the other one, is refused and records nothing.
        var forged = await pages.PostFormAsync($"/manage/training/sessions/{myId}/attendance", url, ($"Input.Marks[{founders[0].Id}]", "Present"));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Contains("was not found", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var register = await (await theirs.Client.GetAsync($"{Sessions}/{theirId}/attendance")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKindNull, register.GetProperty("entries")[0].GetProperty("status").ValueKind);
    }

    [Fact]
    public async Task A_register_saved_meanwhile_is_not_overwritten_and_the_viewer_sees_the_saved_marks_beside_their_own()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 2);
        var (ada, bat) = (founders[0], founders[1]);
        var moduleId = await factory.NewModuleAsync();
        var trainer = await factory.NewUserAsync(Roles.Trainer);
        var manager = await factory.ManagerAsync();
        var sessionId = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id));
        using var pages = await factory.BrowserAsync(trainer.Email, ApiTestExtensions.Password);
        var url = $"/manage/training/sessions/{sessionId}/attendance?culture=en";
        var version = VersionField().Match(await pages.HtmlAsync(url)).Groups[1].Value;
        Assert.NotEmpty(version);

        // The manager saves the register while the trainer's page is open.
        await (await manager.Client.RecordAsync(sessionId, Register((ada.Id, "Absent"), (bat.Id, "Present")))).JsonAsync(HttpStatusCode.OK);

        var stale = await pages.PostFormAsync(url, url, ("Input.Version", version), ($"Input.Marks[{ada.Id}]", "Present"), ($"Input.Marks[{bat.Id}]", "Present"));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var html = await stale.Content.ReadAsStringAsync();
        Assert.Contains("Someone changed this in the meantime", html, StringComparison.Ordinal);
        var adaRow = Row(html, ada.Id);
        Assert.Contains("value=\"Absent\" checked=\"checked\"", adaRow, StringComparison.Ordinal);
        Assert.Contains("Your mark, not saved: Present", adaRow, StringComparison.Ordinal);
        Assert.DoesNotContain("not saved", Row(html, bat.Id), StringComparison.Ordinal);
        Assert.NotEqual(version, VersionField().Match(html).Groups[1].Value);

        var register = await (await manager.Client.GetAsync($"{Sessions}/{sessionId}/attendance")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Absent", register.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("founderUserId").GetGuid() == ada.Id).Text("status"));
        var corrections = await (await manager.Client.GetAsync($"{Sessions}/{sessionId}/attendance/corrections")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, corrections.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_correction_made_on_the_page_appears_in_its_log_with_who_made_it()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync();
        var ada = founders[0];
        var moduleId = await factory.NewModuleAsync();
        var trainer = await factory.NewUserAsync(Roles.Trainer);
        var sessionId = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, durationMinutes: 90));
        using var pages = await factory.BrowserAsync(trainer.Email, ApiTestExtensions.Password);
        var url = $"/manage/training/sessions/{sessionId}/attendance?culture=en";

        var taken = await pages.PostFormAsync(url, url, ("Input.Version", VersionField().Match(await pages.HtmlAsync(url)).Groups[1].Value), ($"Input.Marks[{ada.Id}]", "Present"));
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var page = await pages.HtmlAsync(url);
        Assert.Contains("No recorded line has been changed.", page, StringComparison.Ordinal);
        Assert.Contains("1.5 h attended in the programme", Row(page, ada.Id), StringComparison.Ordinal);

        var corrected = await pages.PostFormAsync(url, url, ("Input.Version", VersionField().Match(page).Groups[1].Value), ($"Input.Marks[{ada.Id}]", "Excused"));
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        page = await pages.HtmlAsync(url);
        Assert.Contains("0 h attended in the programme", Row(page, ada.Id), StringComparison.Ordinal);
        var log = page[page.IndexOf("id=\"corrections\"", StringComparison.Ordinal)..];
        var line = log[..log.IndexOf("</tbody>", StringComparison.Ordinal)];
        Assert.Contains("Present", line, StringComparison.Ordinal);
        Assert.Contains("Excused", line, StringComparison.Ordinal);
        Assert.Contains("Test Trainer", line, StringComparison.Ordinal);
        Assert.Contains(ApplicantsTestData.FounderFullName, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_schedules_a_session_from_the_page_in_their_time_zone_and_a_refusal_stays_on_the_form()
    {
        var (programmeId, _) = await factory.ProgrammeWithFoundersAsync(founders: 2);
        var moduleId = await factory.NewModuleAsync();
        var trainer = await factory.NewUserAsync(Roles.Trainer);
        var manager = await factory.ManagerAsync();
        using var pages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
        var url = $"/manage/training?programmeId={programmeId}&culture=en";
        var title = $"Soil sensors {Guid.NewGuid():N}"[..24];
        (string, string)[] Form(string mode, string? link) =>
            [("Input.ProgrammeId", programmeId.ToString()), ("Input.ModuleId", moduleId.ToString()), ("Input.Title", title), ("Input.StartsAt", "2090-05-01T10:00"),
             ("Input.DurationMinutes", "120"), ("Input.Mode", mode), ("Input.Venue", ""), ("Input.Link", link ?? ""), ("Input.TrainerUserId", trainer.Id.ToString())];

        var refused = await pages.PostFormAsync(url, url, Form("Webinar", null));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await refused.Content.ReadAsStringAsync();
        Assert.Contains("class=\"errors\"", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", form, StringComparison.Ordinal);

        var scheduled = await pages.PostFormAsync(url, url, Form("Webinar", "https://meet.example.org/soil"));
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        var list = await pages.HtmlAsync(scheduled.Headers.Location!.OriginalString);
        Assert.Contains($"Session “{title}” scheduled.", list, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{trainer.Id}\">Test Trainer</option>", list, StringComparison.Ordinal);
        var upcoming = list[list.IndexOf("id=\"upcoming\"", StringComparison.Ordinal)..];
        var row = upcoming[..upcoming.IndexOf("</tr>", upcoming.IndexOf(title, StringComparison.Ordinal), StringComparison.Ordinal)];
        // 10:00 in Ulaanbaatar, the hub's zone, is 02:00 UTC.
        Assert.Contains("2090-05-01 10:00", row[row.LastIndexOf("<tr", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var programmes = list[list.IndexOf("id=\"programmes\"", StringComparison.Ordinal)..];
        Assert.Matches($"programmeId={programmeId}\">[^<]+</a></td><td>2</td>", programmes);
        var sessions = await (await manager.Client.GetAsync($"{Sessions}?programmeId={programmeId}")).JsonAsync(HttpStatusCode.OK);
        var session = Assert.Single(sessions.GetProperty("items").EnumerateArray());
        Assert.Equal((new DateTimeOffset(2090, 5, 1, 2, 0, 0, TimeSpan.Zero), trainer.Id), (session.GetProperty("startsAt").GetDateTimeOffset(), session.GetProperty("trainerUserId").GetGuid()));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;

    private static string Row(string html, Guid founderUserId)
    {
        var start = html.IndexOf($"id=\"founder-{founderUserId}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No row for {founderUserId} on the page.");
        return html[start..html.IndexOf("</fieldset>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
