using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Mentoring;

/// <summary>Mentors, accepted applications, runs and mentorships for the Mentoring tests and the matrix.</summary>
public static partial class MentoringTestData
{
    public const string Mentors = "/api/v1/mentors";
    public const string MatchingRuns = "/api/v1/matching-runs";
    public const string Mentorships = "/api/v1/mentorships";

    public static JsonObject MentorBody(
        string? email = null, string[]? languages = null, string[]? expertise = null, int capacity = 3, string timeZone = "Europe/Ljubljana", string fullName = "Test Mentor") =>
        new()
        {
            ["fullName"] = fullName,
            ["email"] = email ?? $"mentor-{Guid.NewGuid():N}@test.example.org",
            ["country"] = "Slovenia",
            ["timeZone"] = timeZone,
            ["languages"] = new JsonArray([.. (languages ?? ["en", "mn"]).Select(l => JsonValue.Create(l))]),
            ["expertise"] = new JsonArray([.. (expertise ?? ["Agriculture"]).Select(s => JsonValue.Create(s))]),
            ["capacity"] = capacity,
            ["bio"] = "Grew a dairy cooperative.",
        };

    public static async Task<Guid> NewMentorAsync(this HttpClient manager, JsonObject? body = null)
    {
        var created = await (await manager.PostAsJsonAsync(Mentors, body ?? MentorBody())).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>A mentor with an account the test signs in to: the set-password link they were sent is used to choose a password.</summary>
    public static async Task<(Guid MentorId, TestUser User)> NewSignedInMentorAsync(this HubApiFactory factory, JsonObject? body = null)
    {
        var manager = (await factory.ManagerAsync()).Client;
        body ??= MentorBody();
        var email = body["email"]!.GetValue<string>();
        var mentorId = await manager.NewMentorAsync(body);
        var (userId, token) = await factory.SetPasswordLinkAsync(email);
        const string password = "Mentor-pass-2026!";
        (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/set-password", new { userId, token, password })).EnsureSuccessStatusCode();
        return (mentorId, new TestUser(userId, email, await factory.SignedInClientAsync(email, password)));
    }

    public static async Task<(Guid UserId, string Token)> SetPasswordLinkAsync(this HubApiFactory factory, string email)
    {
        var sent = await factory.Notifications.WaitForAsync(n => n.RecipientEmail == email && n.Body.Contains("set-password", StringComparison.Ordinal));
        var link = SetPasswordLink().Match(sent.Body);
        return (Guid.Parse(link.Groups["user"].Value), Uri.UnescapeDataString(link.Groups["token"].Value));
    }

    /// <summary>An application of <paramref name="founder"/>, accepted, in a fresh intake.</summary>
    public static async Task<(Guid Id, Guid IntakeId)> AcceptedApplicationOfAsync(this HubApiFactory factory, TestUser founder, string[]? languages = null, string sector = "Agriculture")
    {
        var manager = (await factory.ManagerAsync()).Client;
        var intakeId = await factory.NewIntakeAsync();
        var body = ApplicantsTestData.ApplicationBody(intakeId);
        body["sector"] = sector;
        if (languages is not null)
        {
            body["founder"]!["languages"] = new JsonArray([.. languages.Select(l => JsonValue.Create(l))]);
        }

        var id = await founder.Client.DraftAsync(body);
        (await founder.Client.SubmitAsync(id)).EnsureSuccessStatusCode();
        (await manager.DecideAsync(id, "Accept")).EnsureSuccessStatusCode();
        return (id, intakeId);
    }

    public static async Task<Guid> RequestRunAsync(this HttpClient manager, Guid intakeId, object[]? pins = null, object[]? forbids = null)
    {
        var created = await (await manager.PostAsJsonAsync(MatchingRuns, new { intakeId, pins = pins ?? [], forbids = forbids ?? [] })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>Polls the run until it is Completed or Failed.</summary>
    public static Task<JsonElement> FinishedRunAsync(this HttpClient manager, Guid runId) =>
        Eventually.ValueAsync(
            async () => await (await manager.GetAsync($"{MatchingRuns}/{runId}")).JsonAsync(HttpStatusCode.OK),
            run => run.GetProperty("status").GetString() is "Completed" or "Failed",
            TimeSpan.FromSeconds(30));

    /// <summary>A Proposed mentorship of this mentor with the founder's fresh accepted application (pinned in a run of its own intake, then published).</summary>
    public static async Task<Guid> ProposedMentorshipAsync(this HubApiFactory factory, Guid mentorId, TestUser founder)
    {
        var manager = (await factory.ManagerAsync()).Client;
        var (applicationId, intakeId) = await factory.AcceptedApplicationOfAsync(founder);
        var runId = await manager.RequestRunAsync(intakeId, pins: [new { applicationId, mentorId }]);
        var run = await manager.FinishedRunAsync(runId);
        Assert.Equal("Completed", run.GetProperty("status").GetString());
        var published = await (await manager.PostAsync($"{MatchingRuns}/{runId}/publish", null)).JsonAsync(HttpStatusCode.OK);
        return published.GetProperty("mentorshipIds").EnumerateArray().Single().GetGuid();
    }

    public static async Task<Guid> ActiveMentorshipAsync(this HubApiFactory factory, Guid mentorId, HttpClient mentor, TestUser founder)
    {
        var id = await factory.ProposedMentorshipAsync(mentorId, founder);
        (await mentor.PostAsync($"{Mentorships}/{id}/accept", null)).EnsureSuccessStatusCode();
        return id;
    }

    public static JsonObject SessionBody(string format = "OneToOne", int minutes = 60) =>
        new()
        {
            ["startedAt"] = DateTimeOffset.UtcNow.AddHours(-1),
            ["durationMinutes"] = minutes,
            ["format"] = format,
            ["topics"] = "Pricing of yoghurt",
            ["actions"] = "Ask three shops",
        };

    public static async Task<Guid> LogSessionAsync(this HttpClient mentor, Guid mentorshipId, string format = "OneToOne", int minutes = 60)
    {
        var created = await (await mentor.PostAsJsonAsync($"{Mentorships}/{mentorshipId}/sessions", SessionBody(format, minutes))).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    [GeneratedRegex(@"set-password\?userId=(?<user>[0-9a-fA-F-]{36})&token=(?<token>[^\s]+)")]
    private static partial Regex SetPasswordLink();
}
