using System.Net;
using System.Text.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Mentoring;

[Collection(HubCollection.Name)]
public sealed class MatchingRunTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_run_reports_every_pair_and_assigns_only_eligible_ones_within_capacity_for_the_greatest_total()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var intakeId = await factory.NewIntakeAsync();
        var (_, first) = await factory.AcceptedApplicationAsync(intakeId, "Dairy one");
        var (_, second) = await factory.AcceptedApplicationAsync(intakeId, "Dairy two");
        var speaksMongolian = await manager.NewMentorAsync(MentoringTestData.MentorBody(languages: ["mn"], capacity: 1, timeZone: "Asia/Ulaanbaatar"));
        var speaksOnlyGreek = await manager.NewMentorAsync(MentoringTestData.MentorBody(languages: ["el"], capacity: 2, timeZone: "Europe/Athens"));
        var forbidden = await manager.NewMentorAsync(MentoringTestData.MentorBody(languages: ["mn"], capacity: 2));
        var conflicted = await manager.NewMentorAsync(MentoringTestData.MentorBody(languages: ["mn"], capacity: 2));
        (await manager.PostJsonAsync($"{MentoringTestData.Mentors}/{conflicted}/conflicts", new System.Text.Json.Nodes.JsonObject { ["applicationId"] = first, ["reason"] = "Cousin." }))
            .EnsureSuccessStatusCode();

        var runId = await manager.RequestRunAsync(intakeId, forbids: [new { applicationId = first, mentorId = forbidden }]);
        var run = await manager.FinishedRunAsync(runId);

        Assert.Equal("Completed", run.Text("status"));
        var candidates = run.GetProperty("candidates").EnumerateArray().ToList();
        var mentorCount = candidates.Select(c => c.GetProperty("mentorId").GetGuid()).Distinct().Count();
        Assert.Equal(2 * mentorCount, candidates.Count);
        Assert.False(Candidate(candidates, first, speaksOnlyGreek).GetProperty("eligible").GetBoolean());
        Assert.Contains(Candidate(candidates, first, speaksOnlyGreek).GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("no shared language", StringComparison.Ordinal));
        Assert.False(Candidate(candidates, first, forbidden).GetProperty("eligible").GetBoolean());
        Assert.True(Candidate(candidates, second, forbidden).GetProperty("eligible").GetBoolean());
        Assert.False(Candidate(candidates, first, conflicted).GetProperty("eligible").GetBoolean());
        Assert.True(Candidate(candidates, first, speaksMongolian).GetProperty("eligible").GetBoolean());

        var assignments = run.GetProperty("assignments").EnumerateArray().ToList();
        Assert.Equal(2, assignments.Count);
        Assert.Empty(run.GetProperty("unmatched").EnumerateArray());
        foreach (var assignment in assignments)
        {
            var candidate = Candidate(candidates, assignment.GetProperty("applicationId").GetGuid(), assignment.GetProperty("mentorId").GetGuid());
            Assert.True(candidate.GetProperty("eligible").GetBoolean());
            Assert.Equal(candidate.GetProperty("score").GetDecimal(), assignment.GetProperty("score").GetDecimal());
        }

        Assert.Equal(assignments.Sum(a => a.GetProperty("score").GetDecimal()), run.GetProperty("totalScore").GetDecimal());

        // No other pair of eligible candidates of these two applications (distinct mentors, or one mentor with room) scores more.
        var best = candidates.Where(c => c.GetProperty("applicationId").GetGuid() == first && c.GetProperty("eligible").GetBoolean())
            .SelectMany(a => candidates.Where(c => c.GetProperty("applicationId").GetGuid() == second && c.GetProperty("eligible").GetBoolean())
                .Where(b => b.GetProperty("mentorId").GetGuid() != a.GetProperty("mentorId").GetGuid())
                .Select(b => a.GetProperty("score").GetDecimal() + b.GetProperty("score").GetDecimal()))
            .Max();
        Assert.True(run.GetProperty("totalScore").GetDecimal() >= best);
    }

    [Fact]
    public async Task A_pin_on_a_pair_without_a_shared_language_fails_the_run_and_names_the_pair()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var intakeId = await factory.NewIntakeAsync();
        var (_, applicationId) = await factory.AcceptedApplicationAsync(intakeId);
        var mentorId = await manager.NewMentorAsync(MentoringTestData.MentorBody(languages: ["tr"]));

        var run = await manager.FinishedRunAsync(await manager.RequestRunAsync(intakeId, pins: [new { applicationId, mentorId }]));

        Assert.Equal("Failed", run.Text("status"));
        var reason = run.Text("failureReason");
        Assert.Contains(applicationId.ToString(), reason, StringComparison.Ordinal);
        Assert.Contains(mentorId.ToString(), reason, StringComparison.Ordinal);
        Assert.Contains("not eligible", reason, StringComparison.Ordinal);
        await (await manager.PostAsync($"{MentoringTestData.MatchingRuns}/{run.GetProperty("id").GetGuid()}/publish", null)).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Invalid_mentors_and_runs_are_refused_with_400()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var body = MentoringTestData.MentorBody(timeZone: "Mars/Olympus");
        body["capacity"] = -1;
        var problem = await (await manager.PostJsonAsync(MentoringTestData.Mentors, body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("timeZone"));
        Assert.NotEmpty(problem.ErrorsFor("capacity"));

        await (await manager.GetAsync($"{MentoringTestData.MatchingRuns}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static JsonElement Candidate(List<JsonElement> candidates, Guid applicationId, Guid mentorId) =>
        candidates.Single(c => c.GetProperty("applicationId").GetGuid() == applicationId && c.GetProperty("mentorId").GetGuid() == mentorId);
}
