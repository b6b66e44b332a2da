using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

[Collection(HubCollection.Name)]
public sealed class DraftApplicationTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_founder_drafts_an_application_and_reads_back_every_field()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();

        var response = await founder.Client.PostJsonAsync(Applications, ApplicationBody(intakeId));
        var created = await response.JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Draft", created.Text("status"));
        Assert.Equal($"/api/v1/applications/{id}", response.Headers.Location?.OriginalString);

        var read = await founder.Client.GetApplicationAsync(id);
        var application = await read.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(id, application.GetProperty("id").GetGuid());
        Assert.Equal(intakeId, application.GetProperty("intakeId").GetGuid());
        Assert.Equal(founder.Id, application.GetProperty("founderUserId").GetGuid());
        Assert.Equal("Дархан Сүү хоршоо", application.Text("ventureName"));
        Assert.Equal("Agriculture", application.Text("sector"));
        Assert.Equal(Description, application.Text("description"));
        Assert.Equal("Draft", application.Text("status"));
        Assert.Equal(JsonValueKind.Null, application.GetProperty("decision").ValueKind);

        var founderDetails = application.GetProperty("founder");
        Assert.Equal("Батбаярын Энхжаргал", founderDetails.Text("fullName"));
        Assert.Equal("Female", founderDetails.Text("gender"));
        Assert.Equal(1994, founderDetails.GetProperty("birthYear").GetInt32());
        Assert.Equal("Шарын гол", founderDetails.Text("soum"));
        Assert.Equal(FounderPhone, founderDetails.Text("phone"));
        Assert.Equal(["mn", "en"], founderDetails.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));

        var team = application.GetProperty("teamMembers").EnumerateArray().ToList();
        Assert.Equal(2, team.Count);
        Assert.Equal("Доржийн Тэмүүлэн", team[0].Text("fullName"));
        Assert.Equal("Хамтран үүсгэн байгуулагч", team[0].Text("role"));
        Assert.Equal("Sarah Müller", team[1].Text("fullName"));
        Assert.Equal("Agronomist", team[1].Text("role"));

        var version = application.GetProperty("version").GetUInt32();
        Assert.Equal($"\"{version}\"", read.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Cyrillic_sent_as_raw_UTF8_round_trips_exactly()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();

        // Not escaped by a serializer: the bytes on the wire are UTF-8 Cyrillic.
        var json = $$"""
            {
              "intakeId": "{{intakeId}}",
              "ventureName": "Орхон Эко Гэр бааз",
              "sector": "Tourism",
              "description": "Орхон голын эрэг дээрх эко гэр бааз.",
              "founder": {
                "fullName": "Батбаярын Энхжаргал",
                "gender": "Female",
                "birthYear": 1990,
                "soum": "Шарын гол",
                "phone": "+97688112233",
                "languages": ["mn", "en"]
              },
              "teamMembers": [{ "fullName": "Мөнхбатын Мөнх-Эрдэнэ", "role": "Нягтлан бодогч" }]
            }
            """;
        var created = await (await founder.Client.PostRawJsonAsync(Applications, json)).JsonAsync(HttpStatusCode.Created);

        var application = await founder.Client.ApplicationAsync(created.GetProperty("id").GetGuid());
        Assert.Equal("Орхон Эко Гэр бааз", application.Text("ventureName"));
        Assert.Equal("Орхон голын эрэг дээрх эко гэр бааз.", application.Text("description"));
        Assert.Equal("Батбаярын Энхжаргал", application.GetProperty("founder").Text("fullName"));
        Assert.Equal("Шарын гол", application.GetProperty("founder").Text("soum"));
        Assert.Equal("Мөнхбатын Мөнх-Эрдэнэ", application.GetProperty("teamMembers")[0].Text("fullName"));
        Assert.Equal("Нягтлан бодогч", application.GetProperty("teamMembers")[0].Text("role"));
    }

    [Fact]
    public async Task A_local_Mongolian_phone_number_is_kept_in_international_form()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var body = ApplicationBody(intakeId);
        body["founder"]!["phone"] = "9911 2233";

        var id = await founder.Client.DraftAsync(body);
        Assert.Equal("+97699112233", (await founder.Client.ApplicationAsync(id)).GetProperty("founder").Text("phone"));
    }

    [Fact]
    public async Task Names_of_sectors_genders_and_languages_are_read_in_any_case_and_kept_canonical()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var body = ApplicationBody(intakeId);
        body["sector"] = "technology";
        body["founder"]!["gender"] = "MALE";
        body["founder"]!["languages"] = new JsonArray("MN", "en", "mn");

        var application = await founder.Client.ApplicationAsync(await founder.Client.DraftAsync(body));
        Assert.Equal("Technology", application.Text("sector"));
        Assert.Equal("Male", application.GetProperty("founder").Text("gender"));
        Assert.Equal(["mn", "en"], application.GetProperty("founder").GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task An_application_without_a_team_has_an_empty_team()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var body = ApplicationBody(intakeId);
        body.Remove("teamMembers");

        var id = await founder.Client.DraftAsync(body);
        Assert.Equal(0, (await founder.Client.ApplicationAsync(id)).GetProperty("teamMembers").GetArrayLength());
    }

    [Fact]
    public async Task A_second_live_application_to_the_same_intake_is_a_409_until_the_first_is_withdrawn()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var first = await founder.Client.DraftAsync(intakeId);

        await (await founder.Client.PostJsonAsync(Applications, ApplicationBody(intakeId, "Second try"))).ProblemAsync(HttpStatusCode.Conflict);

        // Another intake is fine.
        await founder.Client.DraftAsync(await factory.NewIntakeAsync());

        Assert.Equal("Withdrawn", await (await founder.Client.WithdrawAsync(first)).StatusAsync(HttpStatusCode.OK));
        var second = await founder.Client.DraftAsync(ApplicationBody(intakeId, "Second try"));
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task A_submitted_application_also_counts_as_live()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, _) = await factory.SubmittedApplicationAsync(intakeId);
        using (founder)
        {
            await (await founder.Client.PostJsonAsync(Applications, ApplicationBody(intakeId))).ProblemAsync(HttpStatusCode.Conflict);
        }
    }

    [Fact]
    public async Task A_founder_may_not_apply_for_someone_else()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        using var other = await factory.NewFounderAsync();

        await (await founder.Client.PostJsonAsync(Applications, ApplicationBodyFor(intakeId, other.Id))).ProblemAsync(HttpStatusCode.Forbidden);

        // Naming themself is the same as naming nobody.
        var id = await founder.Client.DraftAsync(ApplicationBodyFor(intakeId, founder.Id));
        Assert.Equal(founder.Id, (await founder.Client.ApplicationAsync(id)).GetProperty("founderUserId").GetGuid());
    }

    [Fact]
    public async Task A_manager_drafts_on_a_founders_behalf_and_the_founder_owns_it()
    {
        var intakeId = await factory.NewIntakeAsync();
        var manager = await factory.ManagerAsync();
        using var founder = await factory.NewFounderAsync();

        var id = await manager.Client.DraftAsync(ApplicationBodyFor(intakeId, founder.Id));

        var application = await founder.Client.ApplicationAsync(id);
        Assert.Equal(founder.Id, application.GetProperty("founderUserId").GetGuid());
        Assert.Equal("Submitted", await (await founder.Client.SubmitAsync(id)).StatusAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_manager_drafting_without_naming_the_founder_is_a_400()
    {
        var intakeId = await factory.NewIntakeAsync();
        var manager = await factory.ManagerAsync();
        var problem = await (await manager.Client.PostJsonAsync(Applications, ApplicationBody(intakeId))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("founderUserId"));
    }

    [Fact]
    public async Task A_founder_may_draft_before_the_intake_opens()
    {
        var intakeId = await factory.NewIntakeAsync(opensAt: DateTimeOffset.UtcNow.AddDays(3), closesAt: DateTimeOffset.UtcNow.AddDays(30));
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        Assert.Equal("Draft", (await founder.Client.ApplicationAsync(id)).Text("status"));
    }
}
