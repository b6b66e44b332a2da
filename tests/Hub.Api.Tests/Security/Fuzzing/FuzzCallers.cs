using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hub.Api.Tests.Security.Fuzzing;

/// <summary>
/// The fuzzer's callers, signed in once: anonymous, the admin, one new account per other role of the document's
/// <c>Role</c> enum, and a partner key with every scope of its <c>PartnerScope</c> enum. Their ids are protected in
/// <see cref="FuzzIds"/>, so the fuzzer never revokes its own key.
/// </summary>
public sealed class FuzzCallers : IDisposable
{
    public const string Password = "Fuzz-pass-2026";

    private const string AdminRole = "Admin";

    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);

    private FuzzCallers()
    {
    }

    public IReadOnlyCollection<string> Names => _clients.Keys;

    /// <summary>The client of that caller; a role the document names but nobody holds falls back to the admin.</summary>
    public HttpClient this[string caller] => _clients.TryGetValue(caller, out var client) ? client : _clients[AdminRole];

    public static async Task<FuzzCallers> SignInAsync(ApiDocument api, FuzzIds ids, Func<HttpClient> newClient, string adminEmail, string adminPassword)
    {
        var callers = new FuzzCallers();
        try
        {
            callers._clients[FuzzGenerator.Anonymous] = newClient();
            var admin = callers._clients[AdminRole] = await SignedInAsync(newClient, adminEmail, adminPassword);
            foreach (var role in api.EnumOf("Role").Where(r => r != AdminRole))
            {
                var email = $"fuzz-{role.ToLowerInvariant()}-{Guid.NewGuid():N}@fuzz.example.org";
                using var created = await admin.PostAsJsonAsync("/api/v1/users", new { email, password = Password, fullName = $"Fuzz {role}", role });
                ids.Protect(await IdAsync(created));
                ids.AddFromLocation(created.Headers.Location);
                callers._clients[role] = await SignedInAsync(newClient, email, Password);
            }

            using var issued = await admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = "Fuzzer", scopes = api.EnumOf("PartnerScope") });
            var key = await ReadAsync(issued, HttpStatusCode.Created);
            ids.Protect(key.GetProperty("id").GetGuid());
            var partner = callers._clients[FuzzGenerator.Partner] = newClient();
            partner.DefaultRequestHeaders.Add("X-Api-Key", key.GetProperty("key").GetString());
            return callers;
        }
        catch
        {
            callers.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    /// <summary>Signs in, waiting out the login rate limit (429 with Retry-After) a few times.</summary>
    private static async Task<HttpClient> SignedInAsync(Func<HttpClient> newClient, string email, string password)
    {
        var client = newClient();
        for (var attempt = 0; ; attempt++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 3)
            {
                await Task.Delay((response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(60)) + TimeSpan.FromSeconds(1));
                continue;
            }

            var tokens = await ReadAsync(response, HttpStatusCode.OK);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
            return client;
        }
    }

    private static async Task<Guid> IdAsync(HttpResponseMessage response) => (await ReadAsync(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"Setting up the fuzzer's callers: {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}, not {(int)expected}: {text}");
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
