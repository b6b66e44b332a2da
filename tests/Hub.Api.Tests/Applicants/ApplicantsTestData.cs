using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Applicants;

/// <summary>Request bodies and small steps (schedule an intake, draft, submit, decide) for the Applicants HTTP tests.</summary>
internal static class ApplicantsTestData
{
    public const string Intakes = "/api/v1/intakes";
    public const string Applications = "/api/v1/applications";

    public const string FounderFullName = "Батбаярын Энхжаргал";
    public const string FounderSoum = "Шарын гол";
    public const string FounderPhone = "+97699112233";
    public const string Description = "Сүүний хоршоо: a dairy cooperative pooling milk from herders around Darkhan with a shared cold chain.";

    // Staff, observers and partner keys that create nothing of their own are made once per test host: signing a new
    // one in for every test would cost several password hashes each time. Never dispose what these return.
    private static readonly ConcurrentDictionary<(HubApiFactory Factory, string Key), Lazy<Task<TestUser>>> Users = new();
    private static readonly ConcurrentDictionary<(HubApiFactory Factory, string Key), Lazy<Task<HttpClient>>> Clients = new();

    /// <summary>A manager shared by the Applicants tests of this host.</summary>
    public static Task<TestUser> ManagerAsync(this HubApiFactory factory) => factory.SharedUserAsync("Manager");

    /// <summary>A signed-in account of this role shared by the tests of this host (while its access token lasts).</summary>
    public static Task<TestUser> SharedUserAsync(this HubApiFactory factory, string role) =>
        Users.GetOrAdd((factory, role + TokenEpoch(factory)), _ => new Lazy<Task<TestUser>>(() => factory.NewUserAsync(role))).Value;

    /// <summary>The configured admin, signed in once (while its access token lasts).</summary>
    public static Task<HttpClient> SharedAdminAsync(this HubApiFactory factory) =>
        Clients.GetOrAdd((factory, "admin" + TokenEpoch(factory)), key => new Lazy<Task<HttpClient>>(key.Factory.AdminAsync)).Value;

    /// <summary>
    /// On a host whose clock the tests move, a shared sign-in is only reused within the same 10 minutes of that clock:
    /// an access token lasts 15, so a test that moves the clock by days does not leave the next test an expired token.
    /// </summary>
    private static string TokenEpoch(HubApiFactory factory) =>
        factory is FakeClockHubApiFactory fake ? $" @{fake.Clock.GetUtcNow().Ticks / TimeSpan.FromMinutes(10).Ticks}" : "";

    /// <summary>A client with a partner key of exactly these scopes, made once.</summary>
    public static Task<HttpClient> SharedPartnerAsync(this HubApiFactory factory, params string[] scopes) =>
        Clients.GetOrAdd((factory, "partner " + string.Join(' ', scopes)), key => new Lazy<Task<HttpClient>>(() => key.Factory.PartnerAsync(scopes))).Value;

    public static JsonObject IntakeBody(DateTimeOffset? opensAt = null, DateTimeOffset? closesAt = null, int capacity = 30, string? name = null) =>
        new()
        {
            ["name"] = name ?? $"Intake {Guid.NewGuid():N}",
            ["opensAt"] = opensAt ?? DateTimeOffset.UtcNow.AddDays(-1),
            ["closesAt"] = closesAt ?? DateTimeOffset.UtcNow.AddDays(30),
            ["capacity"] = capacity,
        };

    /// <summary>Schedules an intake (open now unless told otherwise) as the shared manager.</summary>
    public static async Task<Guid> NewIntakeAsync(this HubApiFactory factory, int capacity = 30, DateTimeOffset? opensAt = null, DateTimeOffset? closesAt = null)
    {
        var manager = await factory.ManagerAsync();
        var created = await (await manager.Client.PostAsJsonAsync(Intakes, IntakeBody(opensAt, closesAt, capacity))).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    /// <summary>A valid application as a founder writes it: Mongolian Cyrillic name and soum, two languages, a team of two.</summary>
    public static JsonObject ApplicationBody(Guid intakeId, string ventureName = "Дархан Сүү хоршоо") =>
        new()
        {
            ["intakeId"] = intakeId,
            ["ventureName"] = ventureName,
            ["sector"] = "Agriculture",
            ["description"] = Description,
            ["founder"] = new JsonObject
            {
                ["fullName"] = FounderFullName,
                ["gender"] = "Female",
                ["birthYear"] = 1994,
                ["soum"] = FounderSoum,
                ["phone"] = FounderPhone,
                ["languages"] = new JsonArray("mn", "en"),
            },
            ["teamMembers"] = new JsonArray(
                new JsonObject { ["fullName"] = "Доржийн Тэмүүлэн", ["role"] = "Хамтран үүсгэн байгуулагч" },
                new JsonObject { ["fullName"] = "Sarah Müller", ["role"] = "Agronomist" }),
        };

    /// <summary>An application body for a partner or staff member applying on a founder's behalf.</summary>
    public static JsonObject ApplicationBodyFor(Guid intakeId, Guid founderUserId, string ventureName = "Herder Market App")
    {
        var body = ApplicationBody(intakeId, ventureName);
        body["founderUserId"] = founderUserId;
        return body;
    }

    /// <summary>The body of PUT /applications/{id}: the same fields without the intake.</summary>
    public static JsonObject EditBody(string ventureName = "Дархан Сүү хоршоо ХХК")
    {
        var body = ApplicationBody(Guid.Empty, ventureName);
        body.Remove("intakeId");
        return body;
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string path, JsonNode body) =>
        client.PostAsJsonAsync(path, body);

    /// <summary>Posts a raw body (malformed JSON, wrong types) exactly as written, as UTF-8 application/json.</summary>
    public static async Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await client.PostAsync(path, content);
    }

    public static async Task<Guid> DraftAsync(this HttpClient client, JsonObject body)
    {
        var created = await (await client.PostJsonAsync(Applications, body)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        return created.GetProperty("id").GetGuid();
    }

    public static Task<Guid> DraftAsync(this HttpClient client, Guid intakeId, string ventureName = "Дархан Сүү хоршоо") =>
        client.DraftAsync(ApplicationBody(intakeId, ventureName));

    public static Task<HttpResponseMessage> GetApplicationAsync(this HttpClient client, Guid id) => client.GetAsync($"{Applications}/{id}");

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, Guid id) => client.PostAsync($"{Applications}/{id}/submit", null);

    public static Task<HttpResponseMessage> WithdrawAsync(this HttpClient client, Guid id) => client.PostAsync($"{Applications}/{id}/withdraw", null);

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, Guid id, string decision, string reason = "Strong local market and a committed team.") =>
        client.PostAsJsonAsync($"{Applications}/{id}/decision", new { decision, reason });

    public static async Task<HttpResponseMessage> EditAsync(this HttpClient client, Guid id, JsonObject body, string? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{Applications}/{id}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> ApplicationAsync(this HttpClient client, Guid id) =>
        await (await client.GetApplicationAsync(id)).JsonAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> IntakeAsync(this HttpClient client, Guid id) =>
        await (await client.GetAsync($"{Intakes}/{id}")).JsonAsync(HttpStatusCode.OK);

    public static async Task<string?> StatusAsync(this HttpResponseMessage response, HttpStatusCode expected) =>
        (await response.JsonAsync(expected)).GetProperty("status").GetString();

    /// <summary>A new founder with a submitted application to the intake.</summary>
    public static async Task<(TestUser Founder, Guid Id)> SubmittedApplicationAsync(this HubApiFactory factory, Guid intakeId, string ventureName = "Дархан Сүү хоршоо")
    {
        var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId, ventureName);
        Assert.Equal("Submitted", await (await founder.Client.SubmitAsync(id)).StatusAsync(HttpStatusCode.OK));
        return (founder, id);
    }

    /// <summary>A new founder with an application to the intake that the manager accepted.</summary>
    public static async Task<(TestUser Founder, Guid Id)> AcceptedApplicationAsync(this HubApiFactory factory, Guid intakeId, string ventureName = "Дархан Сүү хоршоо")
    {
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId, ventureName);
        var manager = await factory.ManagerAsync();
        (await manager.Client.DecideAsync(id, "Accept")).EnsureSuccessStatusCode();
        return (founder, id);
    }

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;

    /// <summary>The problem's <c>code</c> extension (the business rule or state that refused the request).</summary>
    public static string? Code(this JsonElement problem) =>
        problem.TryGetProperty("code", out var code) ? code.GetString() : null;
}
