using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Training;

/// <summary>Small steps of the Training HTTP tests: a module, a programme with accepted founders, a session, a register.</summary>
internal static class TrainingTestData
{
    public const string Modules = "/api/v1/training/modules";
    public const string Programmes = "/api/v1/training/programmes";
    public const string Sessions = "/api/v1/training/sessions";
    public const string Progress = "/api/v1/training/progress";

    /// <summary>A module of the curriculum with a unique code; 2 planned hours unless told otherwise (96 minutes complete it).</summary>
    public static async Task<Guid> NewModuleAsync(this HubApiFactory factory, int plannedHours = 2)
    {
        var manager = await factory.ManagerAsync();
        var body = new JsonObject
        {
            ["code"] = $"T{Guid.NewGuid():N}"[..12],
            ["name"] = "Sustainable tourism",
            ["nameMn"] = "Тогтвортой аялал жуулчлал",
            ["plannedHours"] = plannedHours,
            ["topics"] = new JsonArray(new JsonObject { ["title"] = "Eco-camps", ["titleMn"] = "Эко бааз", ["hours"] = plannedHours }),
        };
        return (await (await manager.Client.PostAsJsonAsync(Modules, body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> NewProgrammeAsync(this HubApiFactory factory, Guid intakeId)
    {
        var manager = await factory.ManagerAsync();
        var created = await manager.Client.PostAsJsonAsync(Programmes, new { name = $"Programme {Guid.NewGuid():N}", intakeId });
        return (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>An intake with <paramref name="founders"/> accepted founders and a programme for it, everyone enrolled.</summary>
    public static async Task<(Guid ProgrammeId, IReadOnlyList<TestUser> Founders)> ProgrammeWithFoundersAsync(this HubApiFactory factory, int founders = 1)
    {
        var intakeId = await factory.NewIntakeAsync();
        var accepted = new List<TestUser>();
        for (var i = 0; i < founders; i++)
        {
            accepted.Add((await factory.AcceptedApplicationAsync(intakeId)).Founder);
        }

        return (await factory.NewProgrammeAsync(intakeId), accepted);
    }

    public static JsonObject SessionBody(Guid moduleId, Guid trainerUserId, DateTimeOffset? startsAt = null, int durationMinutes = 120) =>
        new()
        {
            ["moduleId"] = moduleId,
            ["title"] = "Eco-camps and guides",
            ["startsAt"] = startsAt ?? DateTimeOffset.UtcNow.AddHours(-3),
            ["durationMinutes"] = durationMinutes,
            ["mode"] = "InPerson",
            ["venue"] = "SAB MULS, Darkhan",
            ["trainerUserId"] = trainerUserId,
        };

    public static async Task<Guid> ScheduleAsync(this HubApiFactory factory, Guid programmeId, JsonObject body)
    {
        var manager = await factory.ManagerAsync();
        return (await (await manager.Client.PostAsJsonAsync($"{Programmes}/{programmeId}/sessions", body)).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static Task<TestUser> TrainerAsync(this HubApiFactory factory) => factory.SharedUserAsync(Roles.Trainer);

    public static JsonObject Register(params (Guid FounderUserId, string Status)[] entries) =>
        new() { ["entries"] = new JsonArray([.. entries.Select(e => (JsonNode)new JsonObject { ["founderUserId"] = e.FounderUserId, ["status"] = e.Status })]) };

    public static Task<HttpResponseMessage> RecordAsync(this HttpClient client, Guid sessionId, JsonObject register) =>
        client.PutAsJsonAsync($"{Sessions}/{sessionId}/attendance", register);

    public static async Task<JsonElement> ProgressAsync(this HttpClient client, Guid founderUserId) =>
        await (await client.GetAsync($"{Progress}/{founderUserId}")).JsonAsync(HttpStatusCode.OK);

    public static JsonElement ModuleIn(this JsonElement progress, Guid moduleId) =>
        progress.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("moduleId").GetGuid() == moduleId);
}
