using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

[Collection(HubCollection.Name)]
public sealed class ApplicationValidationTests(HubApiFactory factory)
{
    // Nothing here is ever created, so one founder and one intake serve every case.
    private static readonly ConcurrentDictionary<HubApiFactory, Lazy<Task<(TestUser Founder, Guid IntakeId)>>> Shared = new();

    private Task<(TestUser Founder, Guid IntakeId)> FounderAndIntakeAsync() =>
        Shared.GetOrAdd(factory, f => new Lazy<Task<(TestUser, Guid)>>(async () => (await f.NewFounderAsync(), await f.NewIntakeAsync()))).Value;

    [Theory]
    [InlineData("empty ventureName", "ventureName")]
    [InlineData("blank ventureName", "ventureName")]
    [InlineData("null ventureName", "ventureName")]
    [InlineData("ventureName of 201 characters", "ventureName")]
    [InlineData("unknown sector", "sector")]
    [InlineData("missing sector", "sector")]
    [InlineData("empty description", "description")]
    [InlineData("description of 4001 characters", "description")]
    [InlineData("soum of 101 characters", "founder.soum")]
    [InlineData("missing intakeId", "intakeId")]
    [InlineData("missing founder", "founder")]
    [InlineData("empty founder fullName", "founder.fullName")]
    [InlineData("unknown gender", "founder.gender")]
    [InlineData("birth year 1900", "founder.birthYear")]
    [InlineData("birth year this year", "founder.birthYear")]
    [InlineData("bad phone", "founder.phone")]
    [InlineData("phone with letters", "founder.phone")]
    [InlineData("empty soum", "founder.soum")]
    [InlineData("no languages", "founder.languages")]
    [InlineData("missing languages", "founder.languages")]
    [InlineData("unknown language code", "founder.languages[1]")]
    [InlineData("three-letter language code", "founder.languages[0]")]
    [InlineData("team member without a name", "teamMembers[0].fullName")]
    [InlineData("team member without a role", "teamMembers[1].role")]
    [InlineData("21 team members", "teamMembers")]
    public async Task An_invalid_application_is_a_400_naming_the_field(string invalid, string field)
    {
        var (founder, intakeId) = await FounderAndIntakeAsync();
        var body = Invalid(ApplicationBody(intakeId), invalid);

        var problem = await (await founder.Client.PostJsonAsync(Applications, body)).ProblemAsync(HttpStatusCode.BadRequest);
        var messages = problem.ErrorsFor(field);
        Assert.True(messages.Count > 0, $"No error for '{field}' in {problem}");
        Assert.All(messages, m => Assert.False(string.IsNullOrWhiteSpace(m)));

        // Nothing was kept.
        var mine = await (await founder.Client.GetAsync(Applications)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, mine.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Every_invalid_field_is_reported_at_once()
    {
        var (founder, intakeId) = await FounderAndIntakeAsync();
        var body = Invalid(Invalid(Invalid(ApplicationBody(intakeId), "empty ventureName"), "bad phone"), "unknown language code");

        var problem = await (await founder.Client.PostJsonAsync(Applications, body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("ventureName"));
        Assert.NotEmpty(problem.ErrorsFor("founder.phone"));
        Assert.NotEmpty(problem.ErrorsFor("founder.languages[1]"));
        Assert.Empty(problem.ErrorsFor("sector"));
    }

    [Theory]
    [InlineData("""{ "intakeId": """)]
    [InlineData("""{ "intakeId": "01a217a8-4972-7540-b427-7353d7cc65dd", "ventureName": "x", }""")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task A_malformed_body_is_a_400_problem(string json)
    {
        var (founder, _) = await FounderAndIntakeAsync();
        await (await founder.Client.PostRawJsonAsync(Applications, json)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_empty_body_is_a_400_problem()
    {
        var (founder, _) = await FounderAndIntakeAsync();
        await (await founder.Client.PostRawJsonAsync(Applications, string.Empty)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("intakeId", "123")]
    [InlineData("intakeId", "\"not-a-guid\"")]
    [InlineData("birthYear", "\"nineteen ninety\"")]
    [InlineData("languages", "\"mn\"")]
    [InlineData("teamMembers", "{}")]
    public async Task A_value_of_the_wrong_JSON_type_is_a_400_problem_pointing_at_it(string property, string value)
    {
        var (founder, intakeId) = await FounderAndIntakeAsync();
        var body = ApplicationBody(intakeId);
        var owner = property is "birthYear" or "languages" ? body["founder"]!.AsObject() : body;
        owner[property] = JsonNode.Parse(value);

        var problem = await (await founder.Client.PostRawJsonAsync(Applications, body.ToJsonString())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(property, problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_null_team_member_is_a_400_not_a_500()
    {
        // Its own founder: should this ever be accepted, the shared founder must still have no application.
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var body = ApplicationBody(intakeId);
        body["teamMembers"]!.AsArray().Add(null);

        await (await founder.Client.PostJsonAsync(Applications, body)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_null_language_is_a_400_naming_it()
    {
        var (founder, intakeId) = await FounderAndIntakeAsync();
        var body = ApplicationBody(intakeId);
        body["founder"]!["languages"] = new JsonArray("mn", null);

        var problem = await (await founder.Client.PostJsonAsync(Applications, body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("founder.languages[1]"));
    }

    [Fact]
    public async Task An_unknown_intake_is_a_404()
    {
        var (founder, _) = await FounderAndIntakeAsync();
        await (await founder.Client.PostJsonAsync(Applications, ApplicationBody(Guid.NewGuid()))).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Editing_with_invalid_details_is_a_400_naming_the_field()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);

        var problem = await (await founder.Client.EditAsync(id, Invalid(EditBody(), "birth year 1900"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("founder.birthYear"));

        problem = await (await founder.Client.EditAsync(id, Invalid(EditBody(), "missing founder"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("founder"));

        // The draft is as it was.
        Assert.Equal(1994, (await founder.Client.ApplicationAsync(id)).GetProperty("founder").GetProperty("birthYear").GetInt32());
    }

    private static JsonObject Invalid(JsonObject body, string invalid)
    {
        var founder = body["founder"]!.AsObject();
        switch (invalid)
        {
            case "empty ventureName": body["ventureName"] = string.Empty; break;
            case "blank ventureName": body["ventureName"] = "   "; break;
            case "null ventureName": body["ventureName"] = null; break;
            case "ventureName of 201 characters": body["ventureName"] = new string('Ж', 201); break;
            case "unknown sector": body["sector"] = "Mining"; break;
            case "missing sector": body.Remove("sector"); break;
            case "empty description": body["description"] = string.Empty; break;
            case "description of 4001 characters": body["description"] = new string('Ө', 4001); break;
            case "soum of 101 characters": founder["soum"] = new string('Ө', 101); break;
            case "missing intakeId": body.Remove("intakeId"); break;
            case "missing founder": body.Remove("founder"); break;
            case "empty founder fullName": founder["fullName"] = string.Empty; break;
            case "unknown gender": founder["gender"] = "Unknown"; break;
            case "birth year 1900": founder["birthYear"] = 1900; break;
            case "birth year this year": founder["birthYear"] = DateTime.UtcNow.Year; break;
            case "bad phone": founder["phone"] = "12345"; break;
            case "phone with letters": founder["phone"] = "+976 99AB 2233"; break;
            case "empty soum": founder["soum"] = " "; break;
            case "no languages": founder["languages"] = new JsonArray(); break;
            case "missing languages": founder.Remove("languages"); break;
            case "unknown language code": founder["languages"] = new JsonArray("mn", "xx"); break;
            case "three-letter language code": founder["languages"] = new JsonArray("mon"); break;
            case "team member without a name": body["teamMembers"]![0]!["fullName"] = string.Empty; break;
            case "team member without a role": body["teamMembers"]![1]!["role"] = string.Empty; break;
            case "21 team members":
                body["teamMembers"] = new JsonArray(Enumerable.Range(1, 21)
                    .Select(i => (JsonNode?)new JsonObject { ["fullName"] = $"Гишүүн {i}", ["role"] = "Co-founder" }).ToArray());
                break;
            default: throw new ArgumentOutOfRangeException(nameof(invalid), invalid, "No such case.");
        }

        return body;
    }
}
