using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Web;
using Hub.Domain.Common;
using Hub.Domain.DemoDay.Ranking;
using static Hub.Api.Tests.DemoDay.DemoDayTestData;

namespace Hub.Api.Tests.DemoDay;

/// <summary>A Demo Day from plan to published results, through every role that touches it.</summary>
[Collection(HubCollection.Name)]
public sealed class DemoDayScoringTests(HubApiFactory factory)
{
    [Fact]
    public async Task Judges_score_the_manager_closes_and_the_results_follow_the_rule_then_are_published()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var intakeId = await factory.NewIntakeAsync();
        var dayId = await manager.NewDemoDayAsync();
        var p1 = await factory.NewPitchAsync(manager, dayId, intakeId, 1);
        var p2 = await factory.NewPitchAsync(manager, dayId, intakeId, 2);
        var p3 = await factory.NewPitchAsync(manager, dayId, intakeId, 3);
        using var harsh = await factory.NewUserAsync(Roles.Judge);
        using var lenient = await factory.NewUserAsync(Roles.Judge);
        using var mentor = await factory.NewUserAsync(Roles.Mentor);
        foreach (var judge in new[] { harsh, lenient, mentor })
        {
            await manager.InviteAsync(dayId, judge.Id);
        }

        // The mentor declares a conflict with the third pitch: they cannot score it.
        await (await mentor.Client.PostAsJsonAsync($"{DemoDays}/{dayId}/conflicts", new { judgeUserId = mentor.Id, pitchId = p3.PitchId })).JsonAsync(HttpStatusCode.Created);
        await (await mentor.Client.ScoreAsync(dayId, p3.PitchId, Sheet(5, 5))).ProblemAsync(HttpStatusCode.Forbidden);

        await (await harsh.Client.ScoreAsync(dayId, p1.PitchId, Sheet(2, 2))).JsonAsync(HttpStatusCode.OK);
        await (await harsh.Client.ScoreAsync(dayId, p2.PitchId, Sheet(4, 3))).JsonAsync(HttpStatusCode.OK);
        await (await harsh.Client.ScoreAsync(dayId, p3.PitchId, Sheet(3, 3))).JsonAsync(HttpStatusCode.OK);
        await (await lenient.Client.ScoreAsync(dayId, p1.PitchId, Sheet(9, 9))).JsonAsync(HttpStatusCode.OK);
        var first = await lenient.Client.ScoreAsync(dayId, p2.PitchId, Sheet(7, 7));
        await first.JsonAsync(HttpStatusCode.OK);
        // A revision: the last one counts; one based on a stale version is refused.
        var revised = await (await lenient.Client.ScoreAsync(dayId, p2.PitchId, Sheet(10, 10), first.Headers.ETag!.Tag)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, revised.GetProperty("revision").GetInt32());
        await (await lenient.Client.ScoreAsync(dayId, p2.PitchId, Sheet(1, 1), first.Headers.ETag!.Tag)).ProblemAsync(HttpStatusCode.Conflict);
        await (await mentor.Client.ScoreAsync(dayId, p1.PitchId, Sheet(6, 8))).JsonAsync(HttpStatusCode.OK);
        await (await mentor.Client.ScoreAsync(dayId, p1.PitchId, Sheet(11, 8))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await mentor.Client.ScoreAsync(dayId, p1.PitchId, new() { ["scores"] = new System.Text.Json.Nodes.JsonObject { ["Team"] = 5 } })).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        // A judge sees only their own sheets, and no results before publication; the manager sees who has scored what.
        var own = await (await mentor.Client.GetAsync($"{DemoDays}/{dayId}/score-sheets")).JsonAsync(HttpStatusCode.OK);
        Assert.All(own.EnumerateArray(), s => Assert.Equal(mentor.Id, s.GetProperty("judgeUserId").GetGuid()));
        var progress = await (await manager.GetAsync($"{DemoDays}/{dayId}/progress")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(6, progress.GetProperty("sheetsIn").GetInt32());
        Assert.Equal(8, progress.GetProperty("sheetsExpected").GetInt32());
        await (await manager.GetAsync($"{DemoDays}/{dayId}/results")).ProblemAsync(HttpStatusCode.Conflict);

        await (await manager.PostAsync($"{DemoDays}/{dayId}/close", null)).JsonAsync(HttpStatusCode.Accepted);
        await (await manager.PostAsync($"{DemoDays}/{dayId}/close", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await harsh.Client.ScoreAsync(dayId, p1.PitchId, Sheet(3, 3))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await harsh.Client.GetAsync($"{DemoDays}/{dayId}/results")).ProblemAsync(HttpStatusCode.Forbidden);

        var results = await manager.CompletedResultsAsync(dayId);
        Assert.Equal("Completed", results.GetProperty("status").GetString());
        Assert.Equal("zscore", results.GetProperty("method").GetString());
        var expected = PitchRankings.Rank(
            RankingMethod.ZScore,
            [new(p1.PitchId, 1), new(p2.PitchId, 2), new(p3.PitchId, 3)],
            [
                new(harsh.Id, p1.PitchId, 2), new(harsh.Id, p2.PitchId, 3.4), new(harsh.Id, p3.PitchId, 3),
                new(lenient.Id, p1.PitchId, 9), new(lenient.Id, p2.PitchId, 10), new(mentor.Id, p1.PitchId, 7.2),
            ]);
        var pitches = results.GetProperty("pitches").EnumerateArray().ToList();
        Assert.Equal(expected.Select(e => e.PitchId), pitches.Select(p => p.GetProperty("pitchId").GetGuid()));
        foreach (var (e, p) in expected.Zip(pitches))
        {
            Assert.Equal(e.NormalizedScore, p.GetProperty("normalizedScore").GetDouble(), 1e-9);
            Assert.Equal(e.RawMean, p.GetProperty("rawMean").GetDouble(), 1e-9);
            Assert.Equal(e.JudgeCount, p.GetProperty("judgeCount").GetInt32());
            Assert.Equal(e.Rank, p.GetProperty("rank").GetInt32());
        }

        var raw = await manager.CompletedResultsAsync(dayId, "raw");
        Assert.Equal("raw", raw.GetProperty("method").GetString());
        Assert.Equal(p2.PitchId, raw.GetProperty("pitches")[0].GetProperty("pitchId").GetGuid());
        Assert.Equal("additive", (await manager.CompletedResultsAsync(dayId, "additive")).GetProperty("method").GetString());
        await (await manager.GetAsync($"{DemoDays}/{dayId}/results?method=median")).ProblemAsync(HttpStatusCode.BadRequest);

        await (await manager.PostAsJsonAsync($"{DemoDays}/{dayId}/awards", new { category = "Best Agri-tech", pitchId = p2.PitchId })).JsonAsync(HttpStatusCode.Created);
        await (await manager.PostAsJsonAsync($"{DemoDays}/{dayId}/awards", new { category = "Best Agri-tech", pitchId = p1.PitchId })).ProblemAsync(HttpStatusCode.Conflict);

        using var partner = await factory.PartnerAsync(PartnerScopes.DemoDaysRead);
        await (await partner.GetAsync($"{DemoDays}/{dayId}/results")).ProblemAsync(HttpStatusCode.NotFound);

        await (await manager.PostAsync($"{DemoDays}/{dayId}/publish", null)).JsonAsync(HttpStatusCode.OK);

        var published = await (await partner.GetAsync($"{DemoDays}/{dayId}/results")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(expected[0].PitchId, published.GetProperty("pitches")[0].GetProperty("pitchId").GetGuid());
        await (await harsh.Client.GetAsync($"{DemoDays}/{dayId}/results")).JsonAsync(HttpStatusCode.OK);
        var csv = await (await partner.GetAsync($"{DemoDays}/{dayId}/results.csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("pitchId,slot,venture,rank,normalizedScore,rawMean,judgeCount,awards", csv, StringComparison.Ordinal);
        Assert.Contains("Best Agri-tech", csv, StringComparison.Ordinal);

        var told = await factory.Notifications.WaitForAsync(n => n.RecipientUserId == p2.Founder.Id && n.Template == "demoday.results-published", TimeSpan.FromSeconds(10));
        Assert.Contains("Best Agri-tech", told.Body, StringComparison.Ordinal);

        // The founder reads the published results on the pages, their own venture marked.
        using var founderPages = await factory.BrowserAsync(p2.Founder.Email, ApiTestExtensions.Password);
        Assert.Contains($"/demo-days/{dayId}", await founderPages.HtmlAsync("/demo-days?culture=en"), StringComparison.Ordinal);
        var page = await founderPages.HtmlAsync($"/demo-days/{dayId}?culture=en");
        Assert.Contains("Best Agri-tech", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "Your venture"));
    }

    [Fact]
    public async Task Only_accepted_ventures_pitch_and_only_judges_or_mentors_judge()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var intakeId = await factory.NewIntakeAsync();
        var dayId = await manager.NewDemoDayAsync();
        var (_, submitted) = await factory.SubmittedApplicationAsync(intakeId);
        await (await manager.PostAsJsonAsync($"{DemoDays}/{dayId}/pitches", new { applicationId = submitted, slot = 1 })).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var pitch = await factory.NewPitchAsync(manager, dayId, intakeId, 1);
        await (await manager.PostAsJsonAsync($"{DemoDays}/{dayId}/pitches", new { applicationId = pitch.ApplicationId, slot = 2 })).ProblemAsync(HttpStatusCode.Conflict);

        using var trainer = await factory.NewUserAsync(Roles.Trainer);
        await (await manager.PostAsJsonAsync($"{DemoDays}/{dayId}/judges", new { userId = trainer.Id })).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        // A judge of another day may not score here, nor declare someone else's conflict.
        using var outsider = await factory.NewUserAsync(Roles.Judge);
        using var judge = await factory.NewUserAsync(Roles.Judge);
        await manager.InviteAsync(dayId, judge.Id);
        await (await outsider.Client.ScoreAsync(dayId, pitch.PitchId, Sheet(5, 5))).ProblemAsync(HttpStatusCode.NotFound);
        await (await judge.Client.PostAsJsonAsync($"{DemoDays}/{dayId}/conflicts", new { judgeUserId = outsider.Id, pitchId = pitch.PitchId })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.PostAsync($"{DemoDays}/{dayId}/publish", null)).ProblemAsync(HttpStatusCode.Conflict);
    }
}
