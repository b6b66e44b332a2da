using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Common.Inbox;
using Hub.Api.Tests.DemoDay;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Mentoring;
using Hub.Api.Tests.SeedCapital;
using Hub.Api.Tests.Training;
using Hub.Api.Tests.Web;
using Hub.Application.Applicants.Contracts;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Privacy;

/// <summary>
/// A founder with records in every module downloads them all, then a manager erases them: afterwards no endpoint
/// answers their name, e-mail or phone, they cannot sign in, the log holds none of it, and what counts them is unchanged.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class PersonalDataTests(HubApiFactory factory)
{
    private const string ErasedName = "Erased person";

    [Fact]
    public async Task A_founder_exports_their_data_from_every_module_and_after_erasure_no_endpoint_names_them_while_the_counts_stay()
    {
        var subject = await SubjectWithRecordsEverywhereAsync();
        var manager = (await factory.ManagerAsync()).Client;

        // The export: one JSON file with a section per module, each holding the founder's own data.
        var download = await subject.Founder.Client.GetAsync("/api/v1/me/personal-data");
        var export = await download.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".json\"", download.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal(subject.Founder.Email, export.GetProperty("account").Text("email"));
        Assert.Equal(subject.Name, export.GetProperty("account").Text("fullName"));
        var application = Assert.Single(export.GetProperty("applicants").GetProperty("applications").EnumerateArray());
        Assert.Equal(subject.ApplicationId, application.GetProperty("id").GetGuid());
        Assert.Contains(subject.PhoneDigits, application.GetProperty("founder").Text("phone"), StringComparison.Ordinal);
        Assert.Equal(subject.TeamMemberName, Assert.Single(application.GetProperty("teamMembers").EnumerateArray()).Text("fullName"));
        var training = export.GetProperty("training");
        Assert.Equal(subject.ProgrammeId, Assert.Single(training.GetProperty("enrolments").EnumerateArray()).GetProperty("programmeId").GetGuid());
        Assert.Equal(subject.SessionId, Assert.Single(training.GetProperty("attendance").EnumerateArray()).GetProperty("sessionId").GetGuid());
        Assert.Equal(subject.Name, Assert.Single(training.GetProperty("certificates").EnumerateArray()).Text("holderName"));
        var mentoring = export.GetProperty("mentoring");
        Assert.Equal(subject.Name, Assert.Single(mentoring.GetProperty("menteeRecords").EnumerateArray()).Text("founderFullName"));
        Assert.Single(Assert.Single(mentoring.GetProperty("mentorships").EnumerateArray()).GetProperty("sessions").EnumerateArray());
        Assert.Equal(subject.ProposalId, Assert.Single(export.GetProperty("seedCapital").GetProperty("proposals").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(subject.PitchId, Assert.Single(export.GetProperty("demoDay").GetProperty("pitches").EnumerateArray()).GetProperty("pitchId").GetGuid());

        // A founder reaches no one else's data.
        await (await subject.Founder.Client.GetAsync($"/api/v1/people/{subject.Founder.Id}/personal-data")).ProblemAsync(HttpStatusCode.Forbidden);

        var countsBefore = await CountsAsync(manager, subject);
        var reportedBefore = await Eventually.ValueAsync(() => ReportedRowsAsync(manager, subject), rows => rows.Contains("Present", StringComparison.Ordinal));
        Assert.True(await CopiesInMessagesAsync(subject) > 0);
        var erasure = await (await manager.PostAsJsonAsync($"/api/v1/people/{subject.Founder.Id}/erasure", new { reason = "The founder asked by letter." })).JsonAsync(HttpStatusCode.Accepted);
        var erasureId = erasure.GetProperty("id").GetGuid();
        Assert.Equal("erasure.already-erased", (await (await manager.PostAsJsonAsync($"/api/v1/people/{subject.Founder.Id}/erasure", new { reason = "Again." })).ProblemAsync(HttpStatusCode.Conflict)).Code());

        // Every module anonymises what it holds, through the event.
        await Eventually.TrueAsync(async () =>
        {
            var text = await (await manager.GetAsync($"/api/v1/people/{subject.Founder.Id}/personal-data")).Content.ReadAsStringAsync();
            return !subject.Secrets.Any(s => text.Contains(s, StringComparison.Ordinal)) && text.Contains(ErasedName, StringComparison.Ordinal);
        });

        // The handled copies of events and notifications that carried the name are gone too.
        await Eventually.TrueAsync(async () => await CopiesInMessagesAsync(subject) == 0);

        string[] paths =
        [
            $"/api/v1/applications/{subject.ApplicationId}",
            $"/api/v1/applications?intakeId={subject.IntakeId}&pageSize=200",
            $"/api/v1/training/programmes/{subject.ProgrammeId}/participants?pageSize=200",
            $"/api/v1/training/sessions/{subject.SessionId}/attendance",
            $"/api/v1/certificates/{subject.CertificateCode}",
            $"/api/v1/mentorships/{subject.MentorshipId}",
            $"/api/v1/proposals/{subject.ProposalId}",
            $"/api/v1/demo-days/{subject.DemoDayId}",
            $"/api/v1/users/{subject.Founder.Id}",
            $"/api/v1/people/{subject.Founder.Id}/personal-data",
            "/api/v1/erasures?pageSize=200",
            $"/api/v1/erasures/{erasureId}",
        ];
        foreach (var path in paths)
        {
            var text = await (await manager.GetAsync(path)).Content.ReadAsStringAsync();
            Assert.DoesNotContain(subject.Secrets, s => text.Contains(s, StringComparison.Ordinal));
        }

        var logged = await (await manager.GetAsync($"/api/v1/erasures/{erasureId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(subject.Founder.Id, logged.GetProperty("subjectUserId").GetGuid());
        Assert.Equal("Completed", logged.Text("status"));
        Assert.Equal("The founder asked by letter.", logged.Text("reason"));

        // Signed out for good: the old token and the password no longer work.
        await (await subject.Founder.Client.GetAsync("/api/v1/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        using var anonymous = factory.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = subject.Founder.Email, password = ApiTestExtensions.Password })).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(countsBefore, await CountsAsync(manager, subject));
        Assert.Equal(reportedBefore, await ReportedRowsAsync(manager, subject));
    }

    [Fact]
    public async Task An_evaluator_exports_their_evaluations_with_comments_and_erasure_blanks_the_comments_but_keeps_the_scores()
    {
        var manager = await factory.ManagerAsync();
        var callId = await factory.NewCallAsync();
        using var evaluator = await factory.NewEvaluatorAsync();
        using var colleague = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(callId, evaluator.Id);
        await factory.AppointAsync(callId, colleague.Id);
        var (founder, proposalId) = await factory.ProposalAsync(callId);
        using (founder)
        {
            var comment = $"Strong cold chain, weak budget {Guid.NewGuid():N}";
            var colleagueComment = $"Visit the herders first {Guid.NewGuid():N}";
            await (await evaluator.Client.PostAsJsonAsync(
                $"{SeedCapitalTestData.Proposals}/{proposalId}/evaluations",
                new { conflictOfInterest = false, scores = new { Innovation = 8, Team = 6 }, comment })).JsonAsync(HttpStatusCode.Created);
            await (await colleague.Client.PostAsJsonAsync(
                $"{SeedCapitalTestData.Proposals}/{proposalId}/evaluations",
                new { conflictOfInterest = false, scores = new { Innovation = 5, Team = 7 }, comment = colleagueComment })).JsonAsync(HttpStatusCode.Created);

            // The evaluator's export holds their evaluation, with the proposal and call it belongs to; the founder's holds none.
            var export = await (await evaluator.Client.GetAsync("/api/v1/me/personal-data")).JsonAsync(HttpStatusCode.OK);
            var evaluation = Assert.Single(export.GetProperty("seedCapital").GetProperty("evaluations").EnumerateArray());
            Assert.Equal(proposalId, evaluation.GetProperty("proposalId").GetGuid());
            Assert.Equal(callId, evaluation.GetProperty("callId").GetGuid());
            Assert.StartsWith("Call ", evaluation.Text("callTitle"), StringComparison.Ordinal);
            Assert.Equal("Дархан Сүү хоршоо", evaluation.Text("ventureName"));
            Assert.Equal(comment, evaluation.Text("comment"));
            Assert.Equal(8m, evaluation.GetProperty("scores").GetProperty("Innovation").GetDecimal());
            Assert.DoesNotContain(colleagueComment, export.GetRawText(), StringComparison.Ordinal);
            var founderExport = await (await founder.Client.GetAsync("/api/v1/me/personal-data")).JsonAsync(HttpStatusCode.OK);
            Assert.Empty(founderExport.GetProperty("seedCapital").GetProperty("evaluations").EnumerateArray());

            var scoresBefore = ScoresOf(await (await manager.Client.GetAsync($"{SeedCapitalTestData.Proposals}/{proposalId}")).JsonAsync(HttpStatusCode.OK));
            await (await manager.Client.PostAsJsonAsync($"/api/v1/people/{evaluator.Id}/erasure", new { reason = "Left the committee." })).JsonAsync(HttpStatusCode.Accepted);

            // The comment goes, through the event; the scores stay (the ranking is the same), and the colleague's comment too.
            var seen = await Eventually.ValueAsync(
                async () => await (await manager.Client.GetAsync($"{SeedCapitalTestData.Proposals}/{proposalId}")).JsonAsync(HttpStatusCode.OK),
                p => !p.GetRawText().Contains(comment, StringComparison.Ordinal));
            Assert.Equal(scoresBefore, ScoresOf(seen));
            Assert.Contains(colleagueComment, seen.GetRawText(), StringComparison.Ordinal);
            var erasedExport = await (await manager.Client.GetAsync($"/api/v1/people/{evaluator.Id}/personal-data")).JsonAsync(HttpStatusCode.OK);
            var erasedEvaluation = Assert.Single(erasedExport.GetProperty("seedCapital").GetProperty("evaluations").EnumerateArray());
            Assert.False(erasedEvaluation.TryGetProperty("comment", out var left) && left.ValueKind == JsonValueKind.String);
            Assert.Equal(6m, erasedEvaluation.GetProperty("scores").GetProperty("Team").GetDecimal());
            using var pages = await factory.BrowserAsync(manager.Email, ApiTestExtensions.Password);
            var callPage = await pages.HtmlAsync($"/manage/calls/{callId}?culture=en");
            Assert.DoesNotContain(comment, callPage, StringComparison.Ordinal);
            Assert.Contains("Evaluators&#x27; comments (1)", callPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Erasing_an_unknown_person_answers_404_a_blank_reason_400_and_only_an_admin_erases_a_manager()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var otherManager = await factory.NewUserAsync(Roles.Manager);
        await (await manager.PostAsJsonAsync($"/api/v1/people/{otherManager.Id}/erasure", new { reason = "Left the hub." })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.PostAsJsonAsync($"/api/v1/people/{Guid.NewGuid()}/erasure", new { reason = "Asked." })).ProblemAsync(HttpStatusCode.NotFound);
        var founder = await factory.NewFounderAsync();
        await (await manager.PostAsJsonAsync($"/api/v1/people/{founder.Id}/erasure", new { reason = " " })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await manager.GetAsync($"/api/v1/people/{Guid.NewGuid()}/personal-data")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_acceptance_that_arrives_after_the_erasure_does_not_bring_the_name_back()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var founder = await factory.NewFounderAsync();
        var erasure = await (await manager.PostAsJsonAsync($"/api/v1/people/{founder.Id}/erasure", new { reason = "Asked at the hub's desk." })).JsonAsync(HttpStatusCode.Accepted);
        await Eventually.TrueAsync(async () =>
            (await (await manager.GetAsync($"/api/v1/erasures/{erasure.GetProperty("id").GetGuid()}")).JsonAsync(HttpStatusCode.OK)).Text("status") == "Completed");

        // Raised before the erasure, delivered after it: Training and Mentoring record the founder, but not the name.
        var (applicationId, lateName) = (Guid.NewGuid(), $"Late Name {Guid.NewGuid():N}");
        await factory.PublishAsync(new ApplicationAcceptedIntegrationEvent(applicationId, Guid.NewGuid(), founder.Id, lateName, "Late venture", "Agriculture", ["mn"]));

        var names = await Eventually.ValueAsync(
            async () => (
                Member: await factory.Database.ScalarAsync<string>("SELECT full_name FROM training.cohort_members WHERE application_id = $1", applicationId),
                Mentee: await factory.Database.ScalarAsync<string>("SELECT founder_full_name FROM mentoring.mentees WHERE id = $1", applicationId)),
            n => n.Member is not null && n.Mentee is not null && n.Member != lateName && n.Mentee != lateName);
        Assert.Equal(ErasedName, names.Member);
        Assert.Equal(ErasedName, names.Mentee);
    }

    /// <summary>Each evaluator's scores of a proposal as a manager reads them, in a stable order.</summary>
    private static string ScoresOf(JsonElement proposal) =>
        string.Join(
            "|",
            proposal.GetProperty("evaluations").EnumerateArray()
                .Select(e => $"{e.GetProperty("evaluatorUserId").GetGuid()}:{string.Join(",", e.GetProperty("scores").EnumerateObject().Select(s => $"{s.Name}={s.Value.GetDecimal()}"))}")
                .Order(StringComparer.Ordinal));

    /// <summary>Handled outbox and inbox rows of Applicants and Training whose payload holds the founder's name.</summary>
    private async Task<long> CopiesInMessagesAsync(Subject subject) =>
        await factory.Database.ScalarAsync<long>(
            """
            SELECT (SELECT count(*) FROM applicants.outbox_messages WHERE processed_at IS NOT NULL AND payload::text LIKE $1)
                 + (SELECT count(*) FROM training.inbox_messages WHERE processed_at IS NOT NULL AND payload::text LIKE $1)
            """,
            $"%{subject.Name}%");

    /// <summary>What counts the person, read the way the donor's figures would: it must not move when they are erased.</summary>
    private static async Task<string> CountsAsync(HttpClient manager, Subject subject)
    {
        var applications = await (await manager.GetAsync($"/api/v1/applications?intakeId={subject.IntakeId}&pageSize=200")).JsonAsync(HttpStatusCode.OK);
        var intake = await (await manager.GetAsync($"/api/v1/intakes/{subject.IntakeId}")).JsonAsync(HttpStatusCode.OK);
        var programme = await (await manager.GetAsync($"/api/v1/training/programmes/{subject.ProgrammeId}")).JsonAsync(HttpStatusCode.OK);
        var progress = await manager.ProgressAsync(subject.Founder.Id);
        var founder = (await (await manager.GetAsync($"/api/v1/applications/{subject.ApplicationId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("founder");
        return string.Join(
            "|",
            applications.GetProperty("totalCount").GetInt32(),
            intake.GetProperty("acceptedCount").GetInt32(),
            programme.GetProperty("participantCount").GetInt32(),
            progress.GetProperty("trainingHours").GetDecimal(),
            progress.GetProperty("mentoringHours").GetDecimal(),
            progress.GetProperty("certificates").GetArrayLength(),
            founder.Text("gender"),
            founder.GetProperty("birthYear").GetInt32(),
            founder.Text("soum"));
    }

    /// <summary>The person's rows in the donor report's exports: what the indicators count of them, by user id only.</summary>
    private static async Task<string> ReportedRowsAsync(HttpClient manager, Subject subject)
    {
        var rows = new List<string>();
        foreach (var list in new[] { "applications", "attendance", "mentoring-sessions", "grants" })
        {
            var csv = await (await manager.GetAsync($"/api/v1/reports/{list}.csv")).Content.ReadAsStringAsync();
            rows.AddRange(csv.Split("\r\n").Where(line => line.Contains(subject.Founder.Id.ToString(), StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        }

        return string.Join("\n", rows);
    }

    private async Task<Subject> SubjectWithRecordsEverywhereAsync()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var tag = Guid.NewGuid().ToString("N")[..10];
        var name = $"Privacy Subject {tag}";
        var teamMember = $"Privacy Teammate {tag}";
        var phoneDigits = $"9{Random.Shared.Next(1_000_000, 9_999_999)}";
        var founder = await factory.NewFounderAsync(name);

        var intakeId = await factory.NewIntakeAsync();
        var body = ApplicantsTestData.ApplicationBody(intakeId, $"Privacy venture {tag}");
        body["founder"]!["fullName"] = name;
        body["founder"]!["phone"] = phoneDigits;
        body["teamMembers"] = new JsonArray(new JsonObject { ["fullName"] = teamMember, ["role"] = "Agronomist" });
        var applicationId = await founder.Client.DraftAsync(body);
        (await founder.Client.SubmitAsync(applicationId)).EnsureSuccessStatusCode();
        (await manager.DecideAsync(applicationId, "Accept")).EnsureSuccessStatusCode();

        var programmeId = await factory.NewProgrammeAsync(intakeId);
        var moduleId = await factory.NewModuleAsync(plannedHours: 2);
        var trainer = await factory.TrainerAsync();
        await Eventually.TrueAsync(async () =>
            (await (await manager.GetAsync($"/api/v1/training/programmes/{programmeId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("participantCount").GetInt32() == 1);
        var sessionId = await factory.ScheduleAsync(programmeId, TrainingTestData.SessionBody(moduleId, trainer.Id));
        await (await trainer.Client.RecordAsync(sessionId, TrainingTestData.Register((founder.Id, "Present")))).JsonAsync(HttpStatusCode.OK);
        var progress = await Eventually.ValueAsync(() => founder.Client.ProgressAsync(founder.Id), p => p.GetProperty("certificates").GetArrayLength() > 0);
        var certificateCode = Assert.Single(progress.GetProperty("certificates").EnumerateArray()).Text("code");

        var (mentorId, mentor) = await factory.NewSignedInMentorAsync();
        var runId = await manager.RequestRunAsync(intakeId, pins: [new { applicationId, mentorId }]);
        Assert.Equal("Completed", (await manager.FinishedRunAsync(runId)).Text("status"));
        var published = await (await manager.PostAsync($"{MentoringTestData.MatchingRuns}/{runId}/publish", null)).JsonAsync(HttpStatusCode.OK);
        var mentorshipId = published.GetProperty("mentorshipIds").EnumerateArray().Single().GetGuid();
        (await mentor.Client.PostAsync($"{MentoringTestData.Mentorships}/{mentorshipId}/accept", null)).EnsureSuccessStatusCode();
        await mentor.Client.LogSessionAsync(mentorshipId);
        await Eventually.TrueAsync(async () => (await manager.ProgressAsync(founder.Id)).GetProperty("mentoringHours").GetDecimal() > 0);

        var callId = await factory.NewCallAsync();
        var proposal = await (await founder.Client.PostAsJsonAsync($"/api/v1/calls/{callId}/proposals", SeedCapitalTestData.ProposalBody(applicationId))).JsonAsync(HttpStatusCode.Created);
        var proposalId = proposal.GetProperty("id").GetGuid();

        var demoDayId = await manager.NewDemoDayAsync();
        var pitch = await (await manager.PostAsJsonAsync($"{DemoDayTestData.DemoDays}/{demoDayId}/pitches", new { applicationId, slot = 1 })).JsonAsync(HttpStatusCode.Created);

        return new Subject(
            founder, name, teamMember, phoneDigits, intakeId, applicationId, programmeId, sessionId, certificateCode, mentorshipId, proposalId, demoDayId,
            pitch.GetProperty("id").GetGuid());
    }

    private sealed record Subject(
        TestUser Founder, string Name, string TeamMemberName, string PhoneDigits, Guid IntakeId, Guid ApplicationId, Guid ProgrammeId, Guid SessionId,
        string CertificateCode, Guid MentorshipId, Guid ProposalId, Guid DemoDayId, Guid PitchId)
    {
        /// <summary>What must never be answered after the erasure: the name, the e-mail, the phone and the team member's name.</summary>
        public IReadOnlyList<string> Secrets => [Name, Founder.Email, PhoneDigits, TeamMemberName];
    }
}
