using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;
using static Hub.Api.Tests.Training.TrainingTestData;

namespace Hub.Api.Tests.Training;

/// <summary>Scheduling sessions, their times in the viewer's time zone, and who sees which.</summary>
[Collection(HubCollection.Name)]
public sealed class SessionTests(HubApiFactory factory)
{
    [Theory]
    [InlineData(0, HttpStatusCode.BadRequest)]
    [InlineData(721, HttpStatusCode.BadRequest)]
    [InlineData(1, HttpStatusCode.Created)]
    [InlineData(720, HttpStatusCode.Created)]
    public async Task The_duration_is_1_to_720_minutes(int minutes, HttpStatusCode expected)
    {
        var (programmeId, _) = await factory.ProgrammeWithFoundersAsync(founders: 0);
        var manager = (await factory.ManagerAsync()).Client;
        var body = SessionBody(await factory.NewModuleAsync(), (await factory.TrainerAsync()).Id, DateTimeOffset.UtcNow.AddYears(-1), minutes);

        var response = await manager.PostAsJsonAsync($"{Programmes}/{programmeId}/sessions", body);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_session_needs_a_trainer_and_a_known_module()
    {
        var (programmeId, _) = await factory.ProgrammeWithFoundersAsync(founders: 0);
        var manager = await factory.ManagerAsync();
        var moduleId = await factory.NewModuleAsync();

        var notTrainer = await manager.Client.PostAsJsonAsync($"{Programmes}/{programmeId}/sessions", SessionBody(moduleId, manager.Id));
        Assert.Equal("trainer.unknown", (await notTrainer.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        var unknownModule = await manager.Client.PostAsJsonAsync($"{Programmes}/{programmeId}/sessions", SessionBody(Guid.NewGuid(), (await factory.TrainerAsync()).Id));
        Assert.Equal("training-module.unknown", (await unknownModule.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        var unknownProgramme = await manager.Client.PostAsJsonAsync($"{Programmes}/{Guid.NewGuid()}/sessions", SessionBody(moduleId, (await factory.TrainerAsync()).Id));
        await unknownProgramme.ProblemAsync(HttpStatusCode.NotFound);
        var webinar = SessionBody(moduleId, (await factory.TrainerAsync()).Id);
        webinar["mode"] = "Webinar";
        Assert.NotEmpty((await (await manager.Client.PostAsJsonAsync($"{Programmes}/{programmeId}/sessions", webinar)).ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("link"));
    }

    [Fact]
    public async Task StartsAt_is_UTC_and_startsAtLocal_is_in_the_viewers_time_zone_Ulaanbaatar_by_default()
    {
        var (programmeId, _) = await factory.ProgrammeWithFoundersAsync(founders: 0);
        var startsAt = new DateTimeOffset(2031, 1, 15, 1, 30, 0, TimeSpan.Zero);
        var sessionId = await factory.ScheduleAsync(programmeId, SessionBody(await factory.NewModuleAsync(), (await factory.TrainerAsync()).Id, startsAt));
        var manager = (await factory.ManagerAsync()).Client;

        var byDefault = await (await manager.GetAsync($"{Sessions}/{sessionId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(startsAt, byDefault.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal("2031-01-15T09:30:00+08:00", byDefault.Text("startsAtLocal"));
        Assert.Equal("Asia/Ulaanbaatar", byDefault.Text("timeZone"));

        var ljubljana = await (await manager.GetAsync($"{Sessions}/{sessionId}?timeZone=Europe/Ljubljana")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2031-01-15T02:30:00+01:00", ljubljana.Text("startsAtLocal"));

        var listed = await (await manager.GetAsync($"{Sessions}?programmeId={programmeId}&timeZone=Europe/Istanbul")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2031-01-15T04:30:00+03:00", Assert.Single(listed.GetProperty("items").EnumerateArray()).Text("startsAtLocal"));

        foreach (var zone in new[] { "Mars/Olympus", "../../etc/passwd", "UTC%00", new string('A', 300) })
        {
            Assert.NotEmpty((await (await manager.GetAsync($"{Sessions}/{sessionId}?timeZone={Uri.EscapeDataString(zone)}")).ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("timeZone"));
        }
    }

    [Fact]
    public async Task A_trainer_sees_only_the_sessions_they_run_and_a_founder_those_of_their_programme()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 1);
        var moduleId = await factory.NewModuleAsync();
        var trainer = await factory.TrainerAsync();
        using var otherTrainer = await factory.NewUserAsync(Roles.Trainer);
        var mine = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, trainer.Id));
        var theirs = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, otherTrainer.Id));

        var listed = await (await otherTrainer.Client.GetAsync(Sessions)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([theirs], listed.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()));
        await (await otherTrainer.Client.GetAsync($"{Sessions}/{mine}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await otherTrainer.Client.GetAsync($"{Sessions}/{mine}/attendance")).ProblemAsync(HttpStatusCode.NotFound);
        await (await otherTrainer.Client.RecordAsync(mine, Register((founders[0].Id, "Present")))).ProblemAsync(HttpStatusCode.NotFound);
        await (await otherTrainer.Client.GetAsync($"{Programmes}/{programmeId}/participants")).JsonAsync(HttpStatusCode.OK);
        await (await otherTrainer.Client.GetAsync($"{Programmes}/{programmeId}")).ProblemAsync(HttpStatusCode.Forbidden);

        var founderView = await (await founders[0].Client.GetAsync(Sessions)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([mine, theirs], founderView.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).ToHashSet());
        using var stranger = await factory.NewFounderAsync();
        Assert.Equal(0, (await (await stranger.Client.GetAsync(Sessions)).JsonAsync(HttpStatusCode.OK)).GetProperty("totalCount").GetInt32());
        await (await stranger.Client.GetAsync($"{Sessions}/{mine}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.GetAsync($"{Programmes}/{programmeId}/participants")).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
