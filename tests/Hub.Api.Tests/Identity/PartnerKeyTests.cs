using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Identity;

[Collection(HubCollection.Name)]
public sealed class PartnerKeyTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_key_is_shown_once_and_stored_only_as_a_hash()
    {
        using var admin = await factory.AdminAsync();
        var created = await (await admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = "NALAS e-Academy", scopes = new[] { "training:read" } }))
            .JsonAsync(HttpStatusCode.Created);
        var key = created.GetProperty("key").GetString()!;
        var id = created.GetProperty("id").GetGuid();

        var stored = await factory.Database.ScalarAsync<string>("SELECT key_hash FROM identity.partner_keys WHERE id = $1", id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), stored);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM identity.partner_keys WHERE key_hash = $1 OR prefix = $1", key));

        var list = await (await admin.GetAsync("/api/v1/partner-keys")).JsonAsync(HttpStatusCode.OK);
        var listed = list.GetProperty("items").EnumerateArray().Single(k => k.GetProperty("id").GetGuid() == id);
        Assert.False(listed.TryGetProperty("key", out _));
        Assert.Equal(key[..12], listed.GetProperty("prefix").GetString());
    }

    [Fact]
    public async Task A_partner_key_authenticates_by_its_scopes()
    {
        using var reader = await factory.PartnerAsync("applications:read");
        await (await reader.GetAsync("/api/v1/applications")).JsonAsync(HttpStatusCode.OK);

        using var other = await factory.PartnerAsync("training:read");
        await (await other.GetAsync("/api/v1/applications")).ProblemAsync(HttpStatusCode.Forbidden);

        // A key is not a person: it cannot use staff endpoints.
        await (await reader.PostAsJsonAsync("/api/v1/users", new { email = "x@tests.example.org", password = "long-enough-1", fullName = "X", role = "Founder" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Unknown_and_revoked_keys_are_401()
    {
        using var unknown = factory.CreateClient();
        unknown.DefaultRequestHeaders.Add("X-Api-Key", "hub_not-a-real-key");
        await (await unknown.GetAsync("/api/v1/applications")).ProblemAsync(HttpStatusCode.Unauthorized);

        using var admin = await factory.AdminAsync();
        var created = await (await admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = "Website", scopes = new[] { "applications:read" } }))
            .JsonAsync(HttpStatusCode.Created);
        using var partner = factory.CreateClient();
        partner.DefaultRequestHeaders.Add("X-Api-Key", created.GetProperty("key").GetString());
        await (await partner.GetAsync("/api/v1/applications")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/partner-keys/{created.GetProperty("id").GetGuid()}")).StatusCode);
        await (await partner.GetAsync("/api/v1/applications")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await admin.DeleteAsync($"/api/v1/partner-keys/{created.GetProperty("id").GetGuid()}")).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_an_admin_issues_keys_and_only_known_scopes()
    {
        using var manager = await factory.NewUserAsync("Manager");
        await (await manager.Client.PostAsJsonAsync("/api/v1/partner-keys", new { name = "X", scopes = new[] { "applications:read" } })).ProblemAsync(HttpStatusCode.Forbidden);

        using var admin = await factory.AdminAsync();
        var problem = await (await admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = "X", scopes = new[] { "everything:write" } })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("scopes[0]"));
        await (await admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = "X" })).ProblemAsync(HttpStatusCode.BadRequest);
    }
}
