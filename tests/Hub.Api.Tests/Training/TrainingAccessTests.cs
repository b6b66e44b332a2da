using System.Net;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;
using static Hub.Api.Tests.Training.TrainingTestData;

namespace Hub.Api.Tests.Training;

/// <summary>What partners read (curriculum, sessions, progress, figures) and what stays with the hub's people.</summary>
[Collection(HubCollection.Name)]
public sealed class TrainingAccessTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_partner_with_training_read_reads_the_curriculum_sessions_progress_and_figures_but_writes_nothing()
    {
        var (programmeId, founders) = await factory.ProgrammeWithFoundersAsync(founders: 1);
        var moduleId = await factory.NewModuleAsync();
        var sessionId = await factory.ScheduleAsync(programmeId, SessionBody(moduleId, (await factory.TrainerAsync()).Id));
        var partner = await factory.SharedPartnerAsync(PartnerScopes.TrainingRead);

        await (await partner.GetAsync($"{Modules}/{moduleId}")).JsonAsync(HttpStatusCode.OK);
        await (await partner.GetAsync($"{Sessions}/{sessionId}")).JsonAsync(HttpStatusCode.OK);
        await (await partner.GetAsync($"{Progress}/{founders[0].Id}")).JsonAsync(HttpStatusCode.OK);
        var figures = await (await partner.GetAsync("/api/v1/training/figures")).JsonAsync(HttpStatusCode.OK);
        Assert.True(figures.GetProperty("programmes").GetInt32() >= 1);
        await (await partner.GetAsync($"{Sessions}/{sessionId}/attendance")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await partner.RecordAsync(sessionId, Register((founders[0].Id, "Present")))).ProblemAsync(HttpStatusCode.Forbidden);

        var other = await factory.SharedPartnerAsync(PartnerScopes.ApplicationsRead);
        await (await other.GetAsync(Modules)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Any_signed_in_person_reads_the_curriculum_and_only_managers_change_it()
    {
        using var mentor = await factory.NewUserAsync(Roles.Mentor);
        await (await mentor.Client.GetAsync(Modules)).JsonAsync(HttpStatusCode.OK);
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync(Modules)).ProblemAsync(HttpStatusCode.Unauthorized);

        var manager = await factory.ManagerAsync();
        var body = new System.Text.Json.Nodes.JsonObject { ["code"] = "X", ["name"] = "Twice", ["nameMn"] = "Хоёр", ["plannedHours"] = 4 };
        body["code"] = $"D{Guid.NewGuid():N}"[..10];
        await (await manager.Client.PostJsonAsync(Modules, body)).JsonAsync(HttpStatusCode.Created);
        await (await manager.Client.PostJsonAsync(Modules, body)).ProblemAsync(HttpStatusCode.Conflict);
        await (await mentor.Client.PostJsonAsync(Modules, body)).ProblemAsync(HttpStatusCode.Forbidden);
        body["code"] = $"N{Guid.NewGuid():N}"[..10];
        body["topics"] = new System.Text.Json.Nodes.JsonArray((System.Text.Json.Nodes.JsonNode?)null);
        await (await manager.Client.PostJsonAsync(Modules, body)).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
