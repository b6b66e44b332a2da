using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.Api.Tests.Infrastructure;

/// <summary>Signing people in with real tokens, and reading JSON and problem details, for the HTTP tests.</summary>
public static class ApiTestExtensions
{
    public const string Password = "test-pass-2026";

    public static async Task<HttpClient> SignedInClientAsync(this HubApiFactory factory, string email, string password)
    {
        var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        var body = await response.JsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.GetProperty("accessToken").GetString());
        return client;
    }

    public static Task<HttpClient> AdminAsync(this HubApiFactory factory) =>
        factory.SignedInClientAsync(HubApiFactory.AdminEmail, HubApiFactory.AdminPassword);

    /// <summary>A new account with one role, created by the admin through POST /users, signed in.</summary>
    public static async Task<TestUser> NewUserAsync(this HubApiFactory factory, string role)
    {
        using var admin = await factory.AdminAsync();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@tests.example.org";
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, password = Password, fullName = $"Test {role}", role });
        var id = (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return new TestUser(id, email, await factory.SignedInClientAsync(email, Password));
    }

    /// <summary>A founder who registered themself through POST /auth/register, signed in.</summary>
    public static async Task<TestUser> NewFounderAsync(this HubApiFactory factory, string fullName = "Батбаярын Энхжаргал")
    {
        using var anonymous = factory.CreateClient();
        var email = $"founder-{Guid.NewGuid():N}@tests.example.org";
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password, fullName });
        var id = (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return new TestUser(id, email, await factory.SignedInClientAsync(email, Password));
    }

    /// <summary>A client sending a new partner key with these scopes.</summary>
    public static async Task<HttpClient> PartnerAsync(this HubApiFactory factory, params string[] scopes)
    {
        using var admin = await factory.AdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = "Test partner", scopes });
        var key = (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("key").GetString();
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} {expected} but got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem-details answer with this status and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var problem = await response.JsonAsync(expected);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    public static IReadOnlyList<string> ErrorsFor(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToList()
            : [];
}
