using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.DemoDay;

/// <summary>Demo Days, pitches, judges and sheets for the HTTP tests, through the API as a manager would.</summary>
internal static class DemoDayTestData
{
    public const string DemoDays = "/api/v1/demo-days";

    public static JsonObject PlanBody(string? name = null) => new()
    {
        ["name"] = name ?? $"Demo Day {Guid.NewGuid():N}",
        ["heldOn"] = "2026-06-15",
        ["venue"] = "Darkhan",
        ["scaleMin"] = 1,
        ["scaleMax"] = 10,
        ["criteria"] = new JsonArray(new JsonObject { ["name"] = "Team", ["weight"] = 2 }, new JsonObject { ["name"] = "Market", ["weight"] = 3 }),
    };

    public static JsonObject Sheet(decimal team, decimal market) => new() { ["scores"] = new JsonObject { ["Team"] = team, ["Market"] = market } };

    public static async Task<Guid> NewDemoDayAsync(this HttpClient manager) =>
        (await (await manager.PostAsJsonAsync(DemoDays, PlanBody())).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    /// <summary>A pitch of a freshly accepted application, and its founder.</summary>
    public static async Task<(Guid PitchId, Guid ApplicationId, TestUser Founder)> NewPitchAsync(this HubApiFactory factory, HttpClient manager, Guid demoDayId, Guid intakeId, int slot)
    {
        var (founder, applicationId) = await factory.AcceptedApplicationAsync(intakeId, $"Venture {slot} {Guid.NewGuid():N}"[..30]);
        var pitch = await (await manager.PostAsJsonAsync($"{DemoDays}/{demoDayId}/pitches", new { applicationId, slot })).JsonAsync(HttpStatusCode.Created);
        return (pitch.GetProperty("id").GetGuid(), applicationId, founder);
    }

    public static async Task InviteAsync(this HttpClient manager, Guid demoDayId, Guid userId) =>
        await (await manager.PostAsJsonAsync($"{DemoDays}/{demoDayId}/judges", new { userId })).JsonAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> ScoreAsync(this HttpClient judge, Guid demoDayId, Guid pitchId, JsonObject sheet, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{DemoDays}/{demoDayId}/pitches/{pitchId}/score-sheet") { Content = JsonContent.Create(sheet) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return judge.SendAsync(request);
    }

    public static async Task<JsonElement> CompletedResultsAsync(this HttpClient reader, Guid demoDayId, string method = "zscore") =>
        await Eventually.ValueAsync(
            async () => await (await reader.GetAsync($"{DemoDays}/{demoDayId}/results?method={method}")).JsonAsync(HttpStatusCode.OK),
            r => r.GetProperty("status").GetString() is "Completed" or "Failed");
}
