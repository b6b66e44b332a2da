using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Application.Common.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Api.Tests.Common;

/// <summary>
/// Errors are problem details whatever the client accepts, say enough (a detail on every one, the content type a
/// 415 wants) and no more (no .NET type names, no megabyte of the client's own input sent back); every answer carries
/// the security headers, and no browser origin may call cross-origin unless configured.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class ErrorHygieneTests(HubApiFactory factory)
{
    private const string Login = "/api/v1/auth/login";
    private const string OtherOrigin = "https://elsewhere.example.net";

    /// <summary>What the framework's own messages used to name: namespaces, nullable wrappers, the request records.</summary>
    private static readonly string[] InternalNames = ["Hub.", "System.", "Microsoft.", "Nullable", "LoginRequest", "RegisterRequest", "ApplicationRequest"];

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    public async Task Errors_are_problem_json_whatever_the_client_accepts(string accept)
    {
        var manager = await factory.ManagerAsync();
        var founder = await factory.SharedUserAsync("Founder");
        using var anonymous = factory.CreateClient();

        await AssertProblemAsync(await SendAsync(manager.Client, HttpMethod.Get, $"{ApplicantsTestData.Intakes}/{Guid.NewGuid()}", accept), HttpStatusCode.NotFound);
        await AssertProblemAsync(await SendAsync(anonymous, HttpMethod.Get, "/api/v1/auth/me", accept), HttpStatusCode.Unauthorized);
        await AssertProblemAsync(await SendAsync(founder.Client, HttpMethod.Post, ApplicantsTestData.Intakes, accept, JsonBody(ApplicantsTestData.IntakeBody().ToJsonString())), HttpStatusCode.Forbidden);
        await AssertProblemAsync(await SendAsync(anonymous, HttpMethod.Post, Login, accept, JsonBody("{")), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await SendAsync(anonymous, HttpMethod.Post, Login, accept, new StringContent("{}", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType);
        await AssertProblemAsync(await SendAsync(anonymous, HttpMethod.Get, "/api/v1/no-such-thing", accept), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(400, "text/plain")]
    [InlineData(401, "text/plain")]
    [InlineData(403, "text/plain")]
    [InlineData(404, "application/json")]
    [InlineData(405, "text/plain")]
    [InlineData(409, "application/json")]
    [InlineData(413, "text/plain")]
    [InlineData(415, "application/json")]
    [InlineData(422, "text/plain")]
    [InlineData(429, "application/json")]
    [InlineData(429, "text/plain")]
    [InlineData(500, "text/plain")]
    [InlineData(503, "application/json")]
    public async Task Every_problem_the_app_writes_has_type_title_status_detail_instance_and_trace_id(int status, string accept)
    {
        // What the status-code pages, the rate limiter and the authorization handler hand the problem-details service.
        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Request.Path = "/api/v1/somewhere";
        context.Request.Headers.Accept = accept;
        context.Response.StatusCode = status;
        context.Response.Body = new MemoryStream();

        Assert.True(await factory.Services.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext { HttpContext = context }));

        Assert.Equal("application/problem+json", context.Response.ContentType);
        var problem = JsonDocument.Parse(((MemoryStream)context.Response.Body).ToArray()).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        foreach (var member in new[] { "type", "title", "detail", "instance", "traceId" })
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty(member).GetString()), $"The {status} problem has no {member}.");
        }
    }

    [Theory]
    [InlineData("ventureName")]
    [InlineData("sector")]
    [InlineData("gender")]
    [InlineData("phone")]
    [InlineData("languages")]
    public async Task A_megabyte_in_a_field_is_refused_in_a_short_answer(string field)
    {
        var founder = await factory.SharedUserAsync("Founder");
        var huge = new string('ж', 1_000_000);
        var body = ApplicantsTestData.ApplicationBody(await factory.NewIntakeAsync());
        var founderBody = body["founder"]!.AsObject();
        switch (field)
        {
            case "gender" or "phone":
                founderBody[field] = huge;
                break;
            case "languages":
                founderBody[field] = new JsonArray("mn", huge);
                break;
            default:
                body[field] = huge;
                break;
        }

        var response = await founder.Client.PostJsonAsync(ApplicantsTestData.Applications, body);
        var text = await response.Content.ReadAsStringAsync();
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(text.Length < 10_000, $"A {text.Length}-character answer to one bad field.");
        Assert.DoesNotContain(new string('ж', EchoedValue.MaxLength + 1), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_quoted_in_an_error_is_cut_with_an_ellipsis()
    {
        var manager = await factory.ManagerAsync();
        var status = new string('q', 3000);

        var problem = await AssertProblemAsync(await manager.Client.GetAsync($"{ApplicantsTestData.Applications}?status={status}"), HttpStatusCode.BadRequest);

        var message = Assert.Single(problem.ErrorsFor("status"));
        Assert.StartsWith($"'{new string('q', EchoedValue.MaxLength)}…' is not a status.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_of_a_hundred_thousand_bad_items_gets_a_short_answer()
    {
        var founder = await factory.SharedUserAsync("Founder");
        var body = ApplicantsTestData.ApplicationBody(await factory.NewIntakeAsync());
        body["founder"]!["languages"] = new JsonArray([.. Enumerable.Range(0, 100_000).Select(_ => (JsonNode?)JsonValue.Create("zz"))]);

        var response = await founder.Client.PostJsonAsync(ApplicantsTestData.Applications, body);
        var text = await response.Content.ReadAsStringAsync();
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);

        Assert.True(text.Length < 10_000, $"A {text.Length}-character answer.");
        Assert.NotEmpty(problem.ErrorsFor("founder.languages[0]"));
        Assert.Contains("100000 fields", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/auth/login")]
    [InlineData("/api/v1/applications")]
    public async Task A_body_that_is_not_json_is_a_415_that_asks_for_json(string path)
    {
        var founder = await factory.SharedUserAsync("Founder");

        using var content = new StringContent("""{"email":"a@b.org"}""", Encoding.UTF8, "text/plain");
        var problem = await AssertProblemAsync(await founder.Client.PostAsync(path, content), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("application/json", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/api/v1/applications")]
    public async Task A_json_body_in_a_charset_nobody_knows_is_a_415_not_a_500(string path)
    {
        var founder = await factory.SharedUserAsync("Founder");

        using var content = new StringContent("""{"email":"charset@tests.example.org","password":"Charset-pass-2026","fullName":"A B"}""");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=nonsense");
        var problem = await AssertProblemAsync(await founder.Client.PostAsync(path, content), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("UTF-8", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("anonymous", Login, "[]")]
    [InlineData("anonymous", Login, "\"someone@example.org\"")]
    [InlineData("anonymous", Login, "42")]
    [InlineData("anonymous", Login, "null")]
    [InlineData("anonymous", Login, "")]
    [InlineData("anonymous", Login, """{"email":""")]
    [InlineData("anonymous", Login, """{"email":5,"password":"x"}""")]
    [InlineData("anonymous", Login, """{"email":"a@b.org","password":["x"]}""")]
    [InlineData("anonymous", "/api/v1/auth/register", "[]")]
    [InlineData("anonymous", "/api/v1/auth/register", """{"email":"a@b.org","password":"x","fullName":{}}""")]
    [InlineData("anonymous", "/api/v1/auth/register", "not json at all")]
    [InlineData("anonymous", "/api/v1/auth/refresh", """{"refreshToken":true}""")]
    [InlineData("founder", "/api/v1/applications", "[]")]
    [InlineData("founder", "/api/v1/applications", """{"intakeId":"not-a-guid"}""")]
    [InlineData("founder", "/api/v1/applications", """{"intakeId":12}""")]
    [InlineData("founder", "/api/v1/applications", """{"founder":{"birthYear":"nineteen ninety"}}""")]
    [InlineData("founder", "/api/v1/applications", """{"founder":[]}""")]
    [InlineData("founder", "/api/v1/applications", """{"teamMembers":{}}""")]
    [InlineData("founder", "/api/v1/applications", """{"ventureName":"x",}""")]
    public async Task A_malformed_body_is_a_400_that_names_no_internal_type(string caller, string path, string json)
    {
        var client = caller == "founder" ? (await factory.SharedUserAsync("Founder")).Client : factory.CreateClient();

        var problem = await AssertProblemAsync(await client.PostRawJsonAsync(path, json), HttpStatusCode.BadRequest);

        Assert.DoesNotContain("JSON value could not be converted", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/applications?intakeId=abc", "intakeId")]
    [InlineData("/api/v1/applications?page=first", "page")]
    [InlineData("/api/v1/applications?pageSize=99999999999999999999", "pageSize")]
    [InlineData("/api/v1/intakes?page=1.5", "page")]
    public async Task A_malformed_query_value_is_a_400_that_names_the_parameter_not_its_type(string pathAndQuery, string parameter)
    {
        var manager = await factory.ManagerAsync();

        var problem = await AssertProblemAsync(await manager.Client.GetAsync(pathAndQuery), HttpStatusCode.BadRequest);

        Assert.Contains($"'{parameter}'", problem.Text("detail"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusals_say_why()
    {
        var founder = await factory.SharedUserAsync("Founder");
        using var anonymous = factory.CreateClient();
        using var badToken = factory.CreateClient();
        badToken.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-a-token");
        using var badKey = factory.CreateClient();
        badKey.DefaultRequestHeaders.Add("X-Api-Key", "hub_not-a-key");

        foreach (var client in new[] { anonymous, badToken, badKey })
        {
            var unauthorized = await AssertProblemAsync(await client.GetAsync("/api/v1/auth/me"), HttpStatusCode.Unauthorized);
            Assert.Contains("Authorization: Bearer", unauthorized.Text("detail"), StringComparison.Ordinal);
        }

        await AssertProblemAsync(await founder.Client.GetAsync("/hangfire"), HttpStatusCode.Forbidden);
        var forbidden = await AssertProblemAsync(await founder.Client.PostJsonAsync(ApplicantsTestData.Intakes, ApplicantsTestData.IntakeBody()), HttpStatusCode.Forbidden);
        Assert.Contains("manager", forbidden.Text("detail"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Api_answers_carry_the_security_headers_and_are_not_stored()
    {
        var manager = await factory.ManagerAsync();
        using var anonymous = factory.CreateClient();

        foreach (var response in new[]
        {
            await manager.Client.GetAsync(ApplicantsTestData.Intakes),
            await anonymous.GetAsync("/api/v1/auth/me"),
            await manager.Client.GetAsync($"{ApplicantsTestData.Intakes}/{Guid.NewGuid()}"),
        })
        {
            AssertSecurityHeaders(response);
            Assert.True(response.Headers.CacheControl?.NoStore, $"{response.RequestMessage!.RequestUri} may be stored.");
            Assert.Equal("default-src 'none'; frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        }
    }

    [Fact]
    public async Task Token_answers_are_never_stored()
    {
        using var client = factory.CreateClient();
        var login = await client.PostAsJsonAsync(Login, new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword });
        var tokens = await login.JsonAsync(HttpStatusCode.OK);
        Assert.True(login.Headers.CacheControl?.NoStore, "The login answer may be stored.");
        AssertSecurityHeaders(login);

        var refresh = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.Text("refreshToken") });
        await refresh.JsonAsync(HttpStatusCode.OK);
        Assert.True(refresh.Headers.CacheControl?.NoStore, "The refresh answer may be stored.");
    }

    [Fact]
    public void Kestrel_does_not_name_itself()
    {
        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task Browser_pages_cannot_be_framed_and_keep_working_without_a_content_security_policy()
    {
        using var client = factory.CreateClient();
        foreach (var path in new[] { "/", "/scalar/" })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            AssertSecurityHeaders(page);
            Assert.False(page.Headers.Contains("Content-Security-Policy"), $"{path} has a content security policy its scripts would trip over.");
        }
    }

    [Fact]
    public async Task Without_configured_origins_no_answer_carries_a_cors_header()
    {
        var manager = await factory.ManagerAsync();
        using var anonymous = factory.CreateClient();

        var preflight = await anonymous.SendAsync(Preflight(ProductionHubApiFactory.AllowedOrigin));
        Assert.False(HasCorsHeaders(preflight), "A preflight got CORS headers with no origin configured.");

        using var request = new HttpRequestMessage(HttpMethod.Get, ApplicantsTestData.Intakes);
        request.Headers.Add("Origin", ProductionHubApiFactory.AllowedOrigin);
        var response = await manager.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(HasCorsHeaders(response), "A cross-origin GET got CORS headers with no origin configured.");
    }

    internal static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, Login);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    internal static bool HasCorsHeaders(HttpResponseMessage response) =>
        response.Headers.Any(h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));

    /// <summary>A problem-details answer with every member, in <c>application/problem+json</c>, naming no .NET type.</summary>
    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.ProblemAsync(expected);
        foreach (var member in new[] { "type", "title", "detail", "instance", "traceId" })
        {
            Assert.True(
                problem.TryGetProperty(member, out var value) && !string.IsNullOrWhiteSpace(value.GetString()),
                $"The {(int)expected} problem from {response.RequestMessage?.RequestUri} has no {member}.");
        }

        var text = problem.GetRawText();
        foreach (var name in InternalNames)
        {
            Assert.False(text.Contains(name, StringComparison.Ordinal), $"The {(int)expected} problem names '{name}': {text}");
        }

        return problem;
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"), "The answer names the server.");
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string accept, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await client.SendAsync(request);
    }

    private static StringContent JsonBody(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>
    /// A host in the Production environment with one browser origin allowed. Its own fixture, outside the shared
    /// collection: two hosts alive at once would share Hangfire's process-wide statics.
    /// </summary>
    public sealed class InProduction(ProductionHubApiFactory production) : IClassFixture<ProductionHubApiFactory>
    {
        [Fact]
        public async Task Anonymous_callers_get_the_health_status_without_the_checks()
        {
            using var anonymous = production.CreateClient();

            var health = await (await anonymous.GetAsync("/health")).JsonAsync(HttpStatusCode.OK);

            Assert.Equal("Healthy", health.Text("status"));
            Assert.False(health.TryGetProperty("checks", out _), $"An anonymous caller sees the checks: {health}");
        }

        [Fact]
        public async Task Admins_get_each_health_check()
        {
            using var admin = await production.AdminAsync();

            var health = await (await admin.GetAsync("/health")).JsonAsync(HttpStatusCode.OK);

            Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("postgres").Text("status"));
            Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("background-jobs").Text("status"));
        }

        [Fact]
        public async Task The_configured_origin_may_call_from_a_browser_and_another_may_not()
        {
            using var client = production.CreateClient();

            var allowed = await client.SendAsync(Preflight(ProductionHubApiFactory.AllowedOrigin));
            Assert.True(allowed.IsSuccessStatusCode, $"The preflight answered {(int)allowed.StatusCode}.");
            Assert.Equal(ProductionHubApiFactory.AllowedOrigin, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.Contains("POST", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Methods")), StringComparison.Ordinal);
            Assert.Contains("content-type", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
            Assert.False(allowed.Headers.Contains("Access-Control-Allow-Credentials"), "Cross-origin calls may carry the sign-in cookie.");

            var refused = await client.SendAsync(Preflight(OtherOrigin));
            Assert.False(HasCorsHeaders(refused), "A preflight from an origin not configured got CORS headers.");

            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/auth/me");
            request.Headers.Add("Origin", ProductionHubApiFactory.AllowedOrigin);
            var actual = await client.SendAsync(request);
            Assert.Equal(ProductionHubApiFactory.AllowedOrigin, Assert.Single(actual.Headers.GetValues("Access-Control-Allow-Origin")));
        }

        [Fact]
        public async Task Errors_are_problem_json_in_production_too()
        {
            using var anonymous = production.CreateClient();

            await AssertProblemAsync(await SendAsync(anonymous, HttpMethod.Get, "/api/v1/auth/me", "text/plain"), HttpStatusCode.Unauthorized);
            await AssertProblemAsync(await SendAsync(anonymous, HttpMethod.Post, Login, "text/plain", JsonBody("[]")), HttpStatusCode.BadRequest);
        }
    }
}
