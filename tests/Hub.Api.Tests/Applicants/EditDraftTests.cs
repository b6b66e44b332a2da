using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

[Collection(HubCollection.Name)]
public sealed class EditDraftTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_founder_edits_a_draft_with_its_ETag_and_gets_a_new_version()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        var etag = (await founder.Client.GetApplicationAsync(id)).Headers.ETag!.ToString();

        var body = EditBody("Smart Greenhouse Darkhan");
        body["sector"] = "Technology";
        body["founder"]!["languages"] = new JsonArray("mn", "ru", "en");
        body["teamMembers"] = new JsonArray();
        var response = await founder.Client.EditAsync(id, body, etag);
        var edited = await response.JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Smart Greenhouse Darkhan", edited.Text("ventureName"));
        Assert.Equal("Technology", edited.Text("sector"));
        Assert.Equal(["mn", "ru", "en"], edited.GetProperty("founder").GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(0, edited.GetProperty("teamMembers").GetArrayLength());
        Assert.Equal("Draft", edited.Text("status"));
        var newEtag = response.Headers.ETag?.ToString();
        Assert.NotEqual(etag, newEtag);
        Assert.Equal($"\"{edited.GetProperty("version").GetUInt32()}\"", newEtag);

        var read = await founder.Client.GetApplicationAsync(id);
        Assert.Equal(newEtag, read.Headers.ETag?.ToString());
        var application = await read.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Smart Greenhouse Darkhan", application.Text("ventureName"));
        Assert.Equal(FounderFullName, application.GetProperty("founder").Text("fullName"));
    }

    [Fact]
    public async Task Editing_from_a_stale_ETag_is_a_409_and_changes_nothing()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        var stale = (await founder.Client.GetApplicationAsync(id)).Headers.ETag!.ToString();
        await (await founder.Client.EditAsync(id, EditBody("First edit"), stale)).JsonAsync(HttpStatusCode.OK);

        await (await founder.Client.EditAsync(id, EditBody("Lost update"), stale)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("First edit", (await founder.Client.ApplicationAsync(id)).Text("ventureName"));
    }

    [Fact]
    public async Task A_weak_ETag_and_no_If_Match_are_accepted()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        var version = (await founder.Client.ApplicationAsync(id)).GetProperty("version").GetUInt32();

        await (await founder.Client.EditAsync(id, EditBody("Weak"), $"W/\"{version}\"")).JsonAsync(HttpStatusCode.OK);
        await (await founder.Client.EditAsync(id, EditBody("Unconditional"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Unconditional", (await founder.Client.ApplicationAsync(id)).Text("ventureName"));
    }

    [Fact]
    public async Task An_If_Match_that_is_not_a_version_is_a_400()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        await (await founder.Client.EditAsync(id, EditBody("Whatever"), "\"yesterday\"")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Editing_a_submitted_application_is_a_409()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            var etag = (await founder.Client.GetApplicationAsync(id)).Headers.ETag!.ToString();
            var problem = await (await founder.Client.EditAsync(id, EditBody("Too late"), etag)).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal("application.not-draft", problem.Code());
            Assert.Equal("Дархан Сүү хоршоо", (await founder.Client.ApplicationAsync(id)).Text("ventureName"));
        }
    }

    [Fact]
    public async Task Editing_an_unknown_application_is_a_404()
    {
        using var founder = await factory.NewFounderAsync();
        await (await founder.Client.EditAsync(Guid.NewGuid(), EditBody())).ProblemAsync(HttpStatusCode.NotFound);
    }
}
