using System.Net;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Applicants.Intakes;
using Hub.Domain.Applicants.ProgrammeApplications;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Common;

/// <summary>
/// The served <c>/openapi/v1.json</c> is a contract a partner can generate a client from (rule 6): every operation is
/// named, tagged and summarised, says who may call it and which problems it answers; enums are enums and integers
/// integers.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class OpenApiDocumentTests(HubApiFactory factory)
{
    private const string ProblemJson = "application/problem+json";

    private static readonly string[] AnonymousOperations = ["RegisterFounder", "Login", "RefreshToken", "SetPassword", "RequestPasswordReset", "ListIntakes", "GetIntake", "VerifyCertificate"];

    [Fact]
    public async Task Every_operation_has_a_unique_operation_id_a_summary_and_a_tag()
    {
        var operations = Operations(await DocumentAsync());

        Assert.True(operations.Count >= 19, $"Only {operations.Count} operations in the document.");
        foreach (var operation in operations)
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.Text("operationId")), $"{operation} has no operationId");
            Assert.False(string.IsNullOrWhiteSpace(operation.Text("summary")), $"{operation} has no summary");
            Assert.True(operation.Body.TryGetProperty("tags", out var tags) && tags.GetArrayLength() == 1, $"{operation} needs one tag");
        }

        var duplicates = operations.GroupBy(o => o.Text("operationId")).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public async Task Each_resource_has_its_own_tag()
    {
        var operations = Operations(await DocumentAsync());

        string TagOf(string path) => operations.Where(o => o.Path.StartsWith(path, StringComparison.Ordinal)).Select(o => o.Body.GetProperty("tags")[0].GetString()).Distinct().Single()!;
        Assert.Equal("Intakes", TagOf("/api/v1/intakes"));
        Assert.Equal("Applications", TagOf("/api/v1/applications"));
        Assert.Equal("Auth", TagOf("/api/v1/auth"));
        Assert.Equal("Users", TagOf("/api/v1/users"));
        Assert.Equal("Partner keys", TagOf("/api/v1/partner-keys"));
    }

    [Fact]
    public async Task Every_error_is_a_problem_details_answer()
    {
        var document = await DocumentAsync();

        foreach (var operation in Operations(document))
        {
            var errors = operation.Responses.Where(r => r.Status >= 400).ToList();
            Assert.True(errors.Count > 0, $"{operation} declares no error answer");
            foreach (var (status, response) in errors)
            {
                var content = response.GetProperty("content");
                Assert.True(content.EnumerateObject().Select(c => c.Name).SequenceEqual([ProblemJson]), $"{operation} answers {status} as something else than {ProblemJson}");
                var schema = content.GetProperty(ProblemJson).GetProperty("schema").GetProperty("$ref").GetString();
                Assert.Equal(status == 400 ? "#/components/schemas/HttpValidationProblemDetails" : "#/components/schemas/ProblemDetails", schema);
            }
        }
    }

    [Fact]
    public async Task Error_answers_follow_what_an_operation_takes_and_does()
    {
        var operations = Operations(await DocumentAsync());

        foreach (var operation in operations)
        {
            var statuses = operation.Responses.Select(r => r.Status).ToHashSet();
            var takesInput = operation.Body.TryGetProperty("requestBody", out _) || operation.Parameters.Any(p => p.GetProperty("in").GetString() is "query" or "header");
            Assert.True(!takesInput || statuses.Contains(400), $"{operation} takes input but declares no 400");
            Assert.True(!operation.Path.Contains("{id}", StringComparison.Ordinal) || statuses.Contains(404), $"{operation} takes an id but declares no 404");
            Assert.True(operation.Security.GetArrayLength() == 0 || (statuses.Contains(401) && statuses.Contains(403)), $"{operation} needs a caller but declares no 401 and 403");
            Assert.True(operation.Method is not ("put" or "delete") || statuses.Contains(409), $"{operation} changes state but declares no 409");
        }

        Assert.Contains(422, Operation(operations, "SubmitApplication").Responses.Select(r => r.Status));
        Assert.Contains(422, Operation(operations, "DecideApplication").Responses.Select(r => r.Status));
        Assert.Contains(422, Operation(operations, "DraftApplication").Responses.Select(r => r.Status));
        Assert.Contains(409, Operation(operations, "DecideApplication").Responses.Select(r => r.Status));
        foreach (var limited in new[] { "Login", "RefreshToken" })
        {
            var tooMany = Operation(operations, limited).Responses.Single(r => r.Status == 429).Body;
            Assert.True(tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{limited}'s 429 does not say Retry-After");
        }
    }

    [Fact]
    public async Task Anonymous_operations_need_no_security_and_the_others_name_their_schemes_roles_and_scopes()
    {
        var operations = Operations(await DocumentAsync());

        foreach (var operation in operations)
        {
            Assert.True(operation.Body.TryGetProperty("security", out var security), $"{operation} does not say its security");
            if (AnonymousOperations.Contains(operation.Text("operationId")))
            {
                Assert.Equal(0, security.GetArrayLength());
                continue;
            }

            var schemes = security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).ToList();
            Assert.Contains("Bearer", schemes);
            var scopes = operation.Body.TryGetProperty("x-hub-scopes", out var declared) ? declared.EnumerateArray().Select(s => s.GetString()).ToList() : [];
            Assert.Equal(scopes.Count > 0, schemes.Contains("ApiKey"));
            Assert.Matches("Roles: |Any signed-in person", operation.Text("description"));
        }

        var draft = Operation(operations, "DraftApplication");
        Assert.Equal(["Founder", "Manager", "Admin"], draft.Body.GetProperty("x-hub-roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["applications:write"], draft.Body.GetProperty("x-hub-scopes").EnumerateArray().Select(r => r.GetString()));
        Assert.Contains("Roles: Founder, Manager, Admin. Partner scopes: applications:write.", draft.Text("description"), StringComparison.Ordinal);
        Assert.DoesNotContain("ApiKey", Operation(operations, "DecideApplication").Security.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_has_no_blanket_security_requirement()
    {
        var document = await DocumentAsync();

        Assert.False(document.TryGetProperty("security", out var security) && security.GetArrayLength() > 0);
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("ApiKey").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Strings_from_fixed_lists_are_enums()
    {
        var document = await DocumentAsync();
        var sectors = Enum.GetNames<Sector>();
        var statuses = Enum.GetNames<ApplicationStatus>();

        AssertEnum(document, "ApplicationRequest", "sector", sectors);
        AssertEnum(document, "ApplicationEditRequest", "sector", sectors);
        AssertEnum(document, "FounderRequest", "gender", Enum.GetNames<Gender>());
        AssertEnum(document, "DecisionRequest", "decision", Enum.GetNames<DecisionOutcome>());
        AssertEnum(document, "ApplicationStatusResponse", "status", statuses);
        AssertEnum(document, "IntakeCreatedResponse", "status", Enum.GetNames<IntakeStatus>());
        AssertEnum(document, "CreateUserRequest", "role", Roles.PersonRoles);
        AssertEnum(document, "CreatePartnerKeyRequest", "scopes", PartnerScopes.All);
        AssertEnum(document, "ApplicantsApplicationDto", "sector", sectors);
        AssertEnum(document, "ApplicantsApplicationDto", "status", statuses);
        AssertEnum(document, "ApplicantsApplicationSummaryDto", "sector", sectors);
        AssertEnum(document, "ApplicantsApplicationSummaryDto", "status", statuses);
        AssertEnum(document, "ApplicantsFounderDto", "gender", Enum.GetNames<Gender>());
        AssertEnum(document, "ApplicantsDecisionDto", "decision", Enum.GetNames<DecisionOutcome>());
        AssertEnum(document, "ApplicantsIntakeDto", "status", Enum.GetNames<IntakeStatus>());
        AssertEnum(document, "IdentityPersonDto", "roles", Roles.PersonRoles);
        AssertEnum(document, "IdentityPartnerKeyDto", "scopes", PartnerScopes.All);

        foreach (var (schema, property) in new[] { ("FounderRequest", "languages"), ("ApplicantsFounderDto", "languages") })
        {
            var codes = EnumOf(document, schema, property);
            Assert.True(codes.Count > 180 && codes.All(LanguageCode.IsKnown), $"{schema}.{property} should list the ISO 639-1 codes");
            Assert.Contains("mn", codes);
        }

        // Free text stays free: a team member's role is not a person's role.
        Assert.False(Property(document, "TeamMemberRequest", "role").TryGetProperty("enum", out _));

        var status = Operation(Operations(document), "ListApplications").Parameters.Single(p => p.GetProperty("name").GetString() == "status");
        Assert.Equal(statuses, Resolve(document, status.GetProperty("schema")).GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Each_enum_is_one_named_schema()
    {
        var document = await DocumentAsync();

        Assert.Equal("#/components/schemas/Sector", Property(document, "ApplicationRequest", "sector").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/Sector", Property(document, "ApplicantsApplicationDto", "sector").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/LanguageCode", Property(document, "FounderRequest", "languages").GetProperty("items").GetProperty("$ref").GetString());
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var name in new[] { "Sector", "Gender", "ApplicationStatus", "DecisionOutcome", "IntakeStatus", "Role", "PartnerScope", "LanguageCode" })
        {
            Assert.Equal("string", schemas.GetProperty(name).GetProperty("type").GetString());
        }

        Assert.DoesNotContain("x-hub-enum", document.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Integers_are_plain_integers()
    {
        var document = await DocumentAsync();

        var offenders = new List<string>();
        Walk(document, "#", (path, schema) =>
        {
            var types = schema.GetProperty("type") is { ValueKind: JsonValueKind.Array } list ? list.EnumerateArray().Select(t => t.GetString()).ToList() : [schema.GetProperty("type").GetString()];
            if ((types.Contains("integer") || types.Contains("number")) && (types.Contains("string") || schema.TryGetProperty("pattern", out _)))
            {
                offenders.Add(path);
            }
        });

        Assert.Empty(offenders);
        Assert.Equal("integer", Property(document, "ScheduleIntakeRequest", "capacity").GetProperty("type").GetString());
        Assert.Equal("integer", Property(document, "FounderRequest", "birthYear").GetProperty("type").GetString());
        Assert.Equal("integer", Property(document, "ListResponseOfApplicantsApplicationSummaryDto", "totalCount").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Query_parameters_are_camel_case_as_the_api_writes_them()
    {
        var operations = Operations(await DocumentAsync());

        foreach (var list in new[] { "ListIntakes", "ListApplications", "ListPartnerKeys" })
        {
            var names = Operation(operations, list).Parameters.Select(p => p.GetProperty("name").GetString()).ToList();
            Assert.Contains("page", names);
            Assert.Contains("pageSize", names);
            Assert.Equal("integer", Operation(operations, list).Parameters.Single(p => p.GetProperty("name").GetString() == "pageSize").GetProperty("schema").GetProperty("type").GetString());
        }

        Assert.Equal(["intakeId", "status", "page", "pageSize"], Operation(operations, "ListApplications").Parameters.Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["useCookies"], Operation(operations, "Login").Parameters.Select(p => p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task If_Match_and_ETag_are_documented()
    {
        var operations = Operations(await DocumentAsync());

        foreach (var changing in new[] { "EditApplication", "DecideApplication" })
        {
            var ifMatch = Operation(operations, changing).Parameters.Single(p => p.GetProperty("name").GetString() == "If-Match");
            Assert.Equal("header", ifMatch.GetProperty("in").GetString());
            Assert.False(ifMatch.TryGetProperty("required", out var required) && required.GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(ifMatch.GetProperty("description").GetString()));
        }

        foreach (var versioned in new[] { "GetApplication", "EditApplication" })
        {
            var ok = Operation(operations, versioned).Responses.Single(r => r.Status == 200).Body;
            Assert.True(ok.GetProperty("headers").TryGetProperty("ETag", out _), $"{versioned} does not document its ETag");
        }
    }

    [Fact]
    public async Task Login_and_refresh_answer_an_access_token()
    {
        var document = await DocumentAsync();

        foreach (var signIn in new[] { "Login", "RefreshToken" })
        {
            var ok = Operation(Operations(document), signIn).Responses.Single(r => r.Status == 200).Body;
            var schema = Resolve(document, ok.GetProperty("content").GetProperty("application/json").GetProperty("schema"));
            var properties = schema.GetProperty("properties");
            foreach (var field in new[] { "tokenType", "accessToken", "expiresIn", "refreshToken" })
            {
                Assert.True(properties.TryGetProperty(field, out _), $"{signIn}'s answer has no {field}");
            }
        }
    }

    [Fact]
    public async Task Passwords_say_the_rule_where_they_are_chosen()
    {
        var document = await DocumentAsync();

        foreach (var schema in new[] { "RegisterRequest", "CreateUserRequest" })
        {
            var description = Property(document, schema, "password").GetProperty("description").GetString();
            Assert.Contains("At least 8 characters", description, StringComparison.Ordinal);
        }

        Assert.False(Property(document, "LoginRequest", "password").TryGetProperty("description", out _));
    }

    private async Task<JsonElement> DocumentAsync()
    {
        using var client = factory.CreateClient();
        return await (await client.GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);
    }

    private static List<ApiOperation> Operations(JsonElement document) =>
    [
        .. from path in document.GetProperty("paths").EnumerateObject()
           from method in path.Value.EnumerateObject()
           select new ApiOperation(path.Name, method.Name, method.Value),
    ];

    private static ApiOperation Operation(IEnumerable<ApiOperation> operations, string operationId) =>
        operations.Single(o => o.Text("operationId") == operationId);

    private static JsonElement Property(JsonElement document, string schema, string property) =>
        document.GetProperty("components").GetProperty("schemas").GetProperty(schema).GetProperty("properties").GetProperty(property);

    private static List<string> EnumOf(JsonElement document, string schema, string property)
    {
        var found = Property(document, schema, property);
        var values = Resolve(document, found.TryGetProperty("items", out var items) ? items : found);
        Assert.True(values.TryGetProperty("enum", out var list), $"{schema}.{property} has no enum");
        return [.. list.EnumerateArray().Select(v => v.GetString()!)];
    }

    private static void AssertEnum(JsonElement document, string schema, string property, IEnumerable<string> expected) =>
        Assert.Equal(expected, EnumOf(document, schema, property));

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;

    /// <summary>Visits every schema object in the document (anything with a <c>type</c>), with its JSON path.</summary>
    private static void Walk(JsonElement element, string path, Action<string, JsonElement> visit)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.ValueKind is JsonValueKind.String or JsonValueKind.Array)
                {
                    visit(path, element);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, $"{path}/{property.Name}", visit);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{path}/{index++}", visit);
                }

                break;
        }
    }

    private sealed record ApiOperation(string Path, string Method, JsonElement Body)
    {
        public string? Text(string name) => Body.TryGetProperty(name, out var value) ? value.GetString() : null;

        public JsonElement Security => Body.GetProperty("security");

        public IEnumerable<JsonElement> Parameters =>
            Body.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : [];

        public IEnumerable<(int Status, JsonElement Body)> Responses =>
            Body.GetProperty("responses").EnumerateObject().Select(r => (int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture), r.Value));

        public override string ToString() => $"{Method.ToUpperInvariant()} {Path}";
    }
}
