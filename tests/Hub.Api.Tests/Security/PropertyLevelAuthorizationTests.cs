using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Security;

/// <summary>
/// OWASP API3 (broken object property level authorization): properties a client may not set are ignored when sent
/// (status, owner, id, roles), and answers never carry what a client may not read (password hashes, security stamps,
/// a partner key after it was issued).
/// </summary>
[Collection(HubCollection.Name)]
public sealed class PropertyLevelAuthorizationTests(HubApiFactory factory)
{
    private static readonly string[] SecretNames = ["passwordhash", "securitystamp", "concurrencystamp", "keyhash", "hash", "secret", "password"];

    [Fact]
    public async Task A_founder_cannot_set_the_status_id_owner_or_decision_of_a_draft()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        using var other = await factory.NewFounderAsync();
        var chosenId = Guid.NewGuid();
        var body = ApplicantsTestData.ApplicationBody(intakeId);
        body["id"] = chosenId;
        body["status"] = "Accepted";
        body["decision"] = new JsonObject { ["decision"] = "Accept", ["reason"] = "I say so." };
        body["version"] = 0;

        var created = await (await founder.Client.PostJsonAsync(ApplicantsTestData.Applications, body)).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.NotEqual(chosenId, id);
        Assert.Equal("Draft", created.Text("status"));

        var application = await founder.Client.ApplicationAsync(id);
        Assert.Equal("Draft", application.Text("status"));
        Assert.Equal(founder.Id, application.GetProperty("founderUserId").GetGuid());
        Assert.Equal(JsonValueKind.Null, application.GetProperty("decision").ValueKind);
        await (await other.Client.GetApplicationAsync(id)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Registering_with_roles_in_the_body_still_makes_a_founder()
    {
        using var anonymous = factory.CreateClient();
        var email = $"api3-{Guid.NewGuid():N}@tests.example.org";
        var registered = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new
        {
            email,
            password = ApiTestExtensions.Password,
            fullName = "Would Be Admin",
            role = Roles.Admin,
            roles = new[] { Roles.Admin, Roles.Manager },
            emailConfirmed = true,
        });
        await registered.JsonAsync(HttpStatusCode.Created);

        using var signedIn = await factory.SignedInClientAsync(email, ApiTestExtensions.Password);
        var me = await (await signedIn.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([Roles.Founder], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        await (await signedIn.GetAsync("/api/v1/partner-keys")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task People_and_keys_are_answered_without_hashes_stamps_or_the_key_itself()
    {
        var admin = await factory.SharedAdminAsync();
        using var founder = await factory.NewFounderAsync();
        var issued = await (await admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = "API3 key", scopes = new[] { PartnerScopes.ReportsRead } }))
            .JsonAsync(HttpStatusCode.Created);
        var key = issued.GetProperty("key").GetString()!;

        var answers = new[]
        {
            await (await admin.GetAsync($"/api/v1/users/{founder.Id}")).Content.ReadAsStringAsync(),
            await (await founder.Client.GetAsync("/api/v1/auth/me")).Content.ReadAsStringAsync(),
            await (await admin.GetAsync("/api/v1/partner-keys?page=1&pageSize=200")).Content.ReadAsStringAsync(),
        };

        foreach (var answer in answers)
        {
            using var document = JsonDocument.Parse(answer);
            var names = PropertyNames(document.RootElement).Select(n => n.ToLowerInvariant()).ToHashSet();
            Assert.Empty(names.Intersect(SecretNames));
            Assert.DoesNotContain(key, answer, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<string> PropertyNames(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => PropertyNames(p.Value).Prepend(p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(PropertyNames),
        _ => [],
    };
}
