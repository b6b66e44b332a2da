using System.Net;
using System.Text.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Training.TrainingTestData;

namespace Hub.Api.Tests.Training;

/// <summary>Registers, their audit trail, the hours ledger, completion and certificates, end to end through the API.</summary>
[Collection(HubCollection.Name)]
public sealed class AttendanceTests(HubApiFactory factory)
{
    [Fact]
    public async Task The_trainer_takes_the_register_and_a_completed_module_issues_one_certificate_anyone_can_verify()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 2);
        var (ada, bat) = (founders[0], founders[1]);
        var moduleId = await factory.NewModuleAsync(plannedHours: 2);
        var trainer = await factory.TrainerAsync();
        var first = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, DateTimeOffset.UtcNow.AddDays(-2), durationMinutes: 60));
        var second = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, DateTimeOffset.UtcNow.AddDays(-1), durationMinutes: 36));

        var register = await (await trainer.Client.RecordAsync(first, Register((ada.Id, "Present"), (bat.Id, "Absent")))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Present", "Absent"], register.GetProperty("entries").EnumerateArray().OrderBy(e => e.GetProperty("founderUserId").GetGuid() == ada.Id ? 0 : 1).Select(e => e.GetProperty("status").GetString()));
        await (await trainer.Client.RecordAsync(second, Register((ada.Id, "Present"), (bat.Id, "Excused")))).JsonAsync(HttpStatusCode.OK);

        // 96 minutes of 120 planned: exactly 80 %.
        var progress = await Eventually.ValueAsync(() => ada.Client.ProgressAsync(ada.Id), p => p.GetProperty("certificates").GetArrayLength() > 0);
        var module = progress.ModuleIn(moduleId);
        Assert.Equal(1.6m, module.GetProperty("attendedHours").GetDecimal());
        Assert.Equal(0.8m, module.GetProperty("share").GetDecimal());
        Assert.True(module.GetProperty("completed").GetBoolean());
        var certificate = Assert.Single(progress.GetProperty("certificates").EnumerateArray());
        Assert.Equal(moduleId, certificate.GetProperty("moduleId").GetGuid());
        var code = certificate.Text("code");
        Assert.Matches("^[A-Z2-9]{12}$", code);

        using var anonymous = factory.CreateClient();
        var verified = await (await anonymous.GetAsync($"/api/v1/certificates/{code}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["holderName", "hours", "issuedOn", "module"], verified.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(1.6m, verified.GetProperty("hours").GetDecimal());
        Assert.Equal("Sustainable tourism", verified.Text("module"));
        // Another last character (a code ending in X would otherwise be asked for unchanged, one run in 32).
        var forged = code[..^1] + (code[^1] == 'X' ? 'Y' : 'X');
        await (await anonymous.GetAsync($"/api/v1/certificates/{forged}")).ProblemAsync(HttpStatusCode.NotFound);

        var bats = await bat.Client.ProgressAsync(bat.Id);
        Assert.False(bats.ModuleIn(moduleId).GetProperty("completed").GetBoolean());
        Assert.Equal(0, bats.GetProperty("certificates").GetArrayLength());
        await (await bat.Client.GetAsync($"{Progress}/{ada.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_correction_is_audited_and_dropping_below_the_threshold_does_not_revoke_the_certificate()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 1);
        var ada = founders[0];
        var moduleId = await factory.NewModuleAsync(plannedHours: 1);
        var trainer = await factory.TrainerAsync();
        var manager = await factory.ManagerAsync();
        var sessionId = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, durationMinutes: 60));
        await (await trainer.Client.RecordAsync(sessionId, Register((ada.Id, "Present")))).JsonAsync(HttpStatusCode.OK);
        var code = (await CertificatesAsync(ada)).Single();

        await (await manager.Client.RecordAsync(sessionId, Register((ada.Id, "Excused")))).JsonAsync(HttpStatusCode.OK);

        var corrections = await (await trainer.Client.GetAsync($"{Sessions}/{sessionId}/attendance/corrections")).JsonAsync(HttpStatusCode.OK);
        var correction = Assert.Single(corrections.GetProperty("items").EnumerateArray());
        Assert.Equal((ada.Id, "Present", "Excused", manager.Id),
            (correction.GetProperty("founderUserId").GetGuid(), correction.Text("oldStatus"), correction.Text("newStatus"), correction.GetProperty("correctedBy").GetGuid()));

        await (await trainer.Client.RecordAsync(sessionId, Register((ada.Id, "Present")))).JsonAsync(HttpStatusCode.OK);
        await Task.Delay(300);
        var progress = await ada.Client.ProgressAsync(ada.Id);
        Assert.Equal([code], progress.GetProperty("certificates").EnumerateArray().Select(c => c.Text("code")));
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync($"/api/v1/certificates/{code}")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_registers_that_each_complete_the_module_issue_exactly_one_certificate()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 1);
        var ada = founders[0];
        var moduleId = await factory.NewModuleAsync(plannedHours: 1);
        var trainer = await factory.TrainerAsync();
        var sessions = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            sessions.Add(await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, durationMinutes: 30)));
        }

        var answers = await Task.WhenAll(sessions.Select(s => trainer.Client.RecordAsync(s, Register((ada.Id, "Present")))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var progress = await Eventually.ValueAsync(() => ada.Client.ProgressAsync(ada.Id), p => p.GetProperty("certificates").GetArrayLength() > 0);
        await Task.Delay(1000);
        Assert.Single((await ada.Client.ProgressAsync(ada.Id)).GetProperty("certificates").EnumerateArray());
        Assert.Equal(2m, progress.ModuleIn(moduleId).GetProperty("attendedHours").GetDecimal());
    }

    [Fact]
    public async Task A_person_not_enrolled_is_422_and_a_session_not_started_yet_is_422()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 1);
        var moduleId = await factory.NewModuleAsync();
        var trainer = await factory.TrainerAsync();
        var held = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id));
        var upcoming = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, DateTimeOffset.UtcNow.AddDays(2)));

        var stranger = await trainer.Client.RecordAsync(held, Register((founders[0].Id, "Present"), (Guid.NewGuid(), "Present")));
        Assert.Equal("attendance.not-enrolled", (await stranger.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        var early = await trainer.Client.RecordAsync(upcoming, Register((founders[0].Id, "Present")));
        Assert.Equal("session.not-started", (await early.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        var twice = await trainer.Client.RecordAsync(held, Register((founders[0].Id, "Present"), (founders[0].Id, "Absent")));
        Assert.NotEmpty((await twice.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("entries"));
        var badStatus = await trainer.Client.RecordAsync(held, Register((founders[0].Id, "Late")));
        await badStatus.ProblemAsync(HttpStatusCode.BadRequest);
        await (await trainer.Client.RecordAsync(held, new System.Text.Json.Nodes.JsonObject { ["entries"] = new System.Text.Json.Nodes.JsonArray((System.Text.Json.Nodes.JsonNode?)null) }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await trainer.Client.RecordAsync(held, [])).ProblemAsync(HttpStatusCode.BadRequest);

        var register = await (await trainer.Client.GetAsync($"{Sessions}/{held}/attendance")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, Assert.Single(register.GetProperty("entries").EnumerateArray()).GetProperty("status").ValueKind);
    }

    [Fact]
    public async Task A_register_saved_with_a_stale_If_Match_is_409_and_changes_nothing_and_lines_carry_venture_and_programme_hours()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 1);
        var ada = founders[0];
        var moduleId = await factory.NewModuleAsync();
        var trainer = await factory.TrainerAsync();
        var manager = await factory.ManagerAsync();
        var sessionId = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id, durationMinutes: 90));
        var read = await trainer.Client.GetAsync($"{Sessions}/{sessionId}/attendance");
        var seen = read.Headers.ETag!.Tag;
        Assert.Equal($"\"{(await read.JsonAsync(HttpStatusCode.OK)).GetProperty("version").GetUInt32()}\"", seen);

        var saved = await manager.Client.SendAsync(IfMatch(sessionId, seen, Register((ada.Id, "Present"))));
        var line = Assert.Single((await saved.JsonAsync(HttpStatusCode.OK)).GetProperty("entries").EnumerateArray());
        Assert.Equal(("Дархан Сүү хоршоо", 1.5m), (line.Text("ventureName"), line.GetProperty("programmeHours").GetDecimal()));
        Assert.NotEqual(seen, saved.Headers.ETag!.Tag);

        await (await trainer.Client.SendAsync(IfMatch(sessionId, seen, Register((ada.Id, "Absent"))))).ProblemAsync(HttpStatusCode.Conflict);
        var register = await (await trainer.Client.GetAsync($"{Sessions}/{sessionId}/attendance")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Present", Assert.Single(register.GetProperty("entries").EnumerateArray()).Text("status"));
        await (await trainer.Client.SendAsync(IfMatch(sessionId, saved.Headers.ETag!.Tag, Register((ada.Id, "Absent"))))).JsonAsync(HttpStatusCode.OK);
        var correction = Assert.Single((await (await trainer.Client.GetAsync($"{Sessions}/{sessionId}/attendance/corrections")).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray());
        Assert.Equal("Test Trainer", correction.Text("correctedByName"));
    }

    private static HttpRequestMessage IfMatch(Guid sessionId, string etag, System.Text.Json.Nodes.JsonObject register)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Sessions}/{sessionId}/attendance") { Content = System.Net.Http.Json.JsonContent.Create(register) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }

    private static async Task<IReadOnlyList<string>> CertificatesAsync(Infrastructure.TestUser founder)
    {
        var progress = await Eventually.ValueAsync(() => founder.Client.ProgressAsync(founder.Id), p => p.GetProperty("certificates").GetArrayLength() > 0);
        return [.. progress.GetProperty("certificates").EnumerateArray().Select(c => c.Text("code"))];
    }
}
