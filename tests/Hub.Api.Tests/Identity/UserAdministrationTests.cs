using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Identity;

/// <summary>An admin lists accounts, replaces their roles and locks them; every refusal, and the effect on the person's existing sign-ins.</summary>
[Collection(HubCollection.Name)]
public sealed class UserAdministrationTests(HubApiFactory factory)
{
    [Fact]
    public async Task Staff_list_accounts_by_name_filtered_by_role_and_by_a_text_in_any_case_a_page_at_a_time()
    {
        var tag = Guid.NewGuid().ToString("N")[..10];
        using var admin = await factory.AdminAsync();
        var zaya = await CreateAsync(admin, $"Zaya {tag}", Roles.Judge);
        var anar = await CreateAsync(admin, $"Anar {tag}", Roles.Mentor);
        var bold = await CreateAsync(admin, $"Bold {tag}", Roles.Judge);

        var all = await ListAsync(admin, $"q={tag.ToUpperInvariant()}");
        Assert.Equal(3, all.GetProperty("totalCount").GetInt32());
        Assert.Equal([anar, bold, zaya], Ids(all));
        var first = all.GetProperty("items")[0];
        Assert.Equal([Roles.Mentor], first.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(first.GetProperty("locked").GetBoolean());
        Assert.False(first.GetProperty("erased").GetBoolean());
        Assert.False(string.IsNullOrEmpty(first.GetProperty("version").GetString()));

        var judges = await ListAsync(admin, $"q={tag}&role=judge&page=2&pageSize=1");
        Assert.Equal(2, judges.GetProperty("totalCount").GetInt32());
        Assert.Equal([zaya], Ids(judges));

        // By e-mail too, and a % is a character, not a wildcard.
        Assert.Equal([bold], Ids(await ListAsync(admin, $"q=bold-{tag}@")));
        Assert.Equal(0, (await ListAsync(admin, $"q={tag}%25")).GetProperty("totalCount").GetInt32());

        using var manager = await factory.NewUserAsync(Roles.Manager);
        Assert.Equal(3, (await ListAsync(manager.Client, $"q={tag}")).GetProperty("totalCount").GetInt32());
        var unknown = await (await admin.GetAsync("/api/v1/users?role=Wizard")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(unknown.ErrorsFor("role"));
    }

    [Fact]
    public async Task Replacing_roles_answers_the_account_and_ends_the_persons_sign_ins_so_a_removed_role_no_longer_works()
    {
        using var admin = await factory.AdminAsync();
        using var manager = await factory.NewUserAsync(Roles.Manager);
        var refreshToken = await RefreshTokenAsync(manager.Email);
        (await manager.Client.GetAsync("/api/v1/users?pageSize=1")).EnsureSuccessStatusCode();

        var changed = await (await admin.PutAsJsonAsync($"/api/v1/users/{manager.Id}/roles", new { roles = new[] { "judge", "Mentor" }, version = await VersionAsync(admin, manager.Id) }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal([Roles.Judge, Roles.Mentor], changed.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        // The old token carried Manager: it no longer works at all, nor does its refresh token; a new sign-in has the new roles.
        await (await manager.Client.GetAsync("/api/v1/users?pageSize=1")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken })).StatusCode);
        using var again = await factory.SignedInClientAsync(manager.Email, ApiTestExtensions.Password);
        var me = await (await again.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([Roles.Judge, Roles.Mentor], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        await (await again.GetAsync("/api/v1/users?pageSize=1")).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_stale_version_is_a_409_and_changes_nothing()
    {
        using var admin = await factory.AdminAsync();
        using var mentor = await factory.NewUserAsync(Roles.Mentor);
        var seen = await VersionAsync(admin, mentor.Id);
        await (await admin.PutAsJsonAsync($"/api/v1/users/{mentor.Id}/roles", new { roles = new[] { Roles.Mentor, Roles.Judge }, version = seen })).JsonAsync(HttpStatusCode.OK);

        await (await admin.PutAsJsonAsync($"/api/v1/users/{mentor.Id}/roles", new { roles = new[] { Roles.Evaluator }, version = seen })).ProblemAsync(HttpStatusCode.Conflict);
        var now = await (await admin.GetAsync($"/api/v1/users/{mentor.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([Roles.Judge, Roles.Mentor], now.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Empty_or_unknown_roles_a_founder_who_is_also_staff_and_an_unknown_person_are_refused()
    {
        using var admin = await factory.AdminAsync();
        using var founder = await factory.NewFounderAsync();
        var version = await VersionAsync(admin, founder.Id);
        foreach (var roles in new[] { Array.Empty<string>(), ["Wizard"], [Roles.Founder, Roles.Manager] })
        {
            var problem = await (await admin.PutAsJsonAsync($"/api/v1/users/{founder.Id}/roles", new { roles, version })).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(problem.ErrorsFor("roles"));
        }

        await (await admin.PutAsJsonAsync($"/api/v1/users/{Guid.NewGuid()}/roles", new { roles = new[] { Roles.Judge }, version })).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync($"/api/v1/users/{Guid.NewGuid()}/lock", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.PostAsync($"/api/v1/users/{Guid.NewGuid()}/unlock", null)).ProblemAsync(HttpStatusCode.NotFound);
        await (await founder.Client.PostAsync($"/api/v1/users/{founder.Id}/unlock", null)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_lock_ends_every_sign_in_and_refuses_new_ones_until_unlocked()
    {
        using var admin = await factory.AdminAsync();
        using var judge = await factory.NewUserAsync(Roles.Judge);
        var refreshToken = await RefreshTokenAsync(judge.Email);
        using var browser = await Web.PageForms.BrowserAsync(factory, judge.Email, ApiTestExtensions.Password);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{judge.Id}/lock", null)).StatusCode);
        await (await judge.Client.GetAsync("/api/v1/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/judging")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = judge.Email, password = ApiTestExtensions.Password })).StatusCode);
        Assert.True((await (await admin.GetAsync($"/api/v1/users?q={judge.Email}")).JsonAsync(HttpStatusCode.OK)).GetProperty("items")[0].GetProperty("locked").GetBoolean());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{judge.Id}/unlock", null)).StatusCode);
        using var again = await factory.SignedInClientAsync(judge.Email, ApiTestExtensions.Password);
        (await again.GetAsync("/api/v1/auth/me")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task An_admin_cannot_lock_their_own_account()
    {
        using var admin = await factory.NewUserAsync(Roles.Admin);
        var refused = await (await admin.Client.PostAsync($"/api/v1/users/{admin.Id}/lock", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("users.lock-self", refused.Code());
        (await admin.Client.GetAsync("/api/v1/auth/me")).EnsureSuccessStatusCode();
    }

    internal static async Task<Guid> CreateAsync(HttpClient admin, string fullName, string role)
    {
        var email = $"{fullName.Split(' ')[0].ToLowerInvariant()}-{fullName.Split(' ')[1]}@tests.example.org";
        var response = await admin.PostAsJsonAsync("/api/v1/users", new { email, password = ApiTestExtensions.Password, fullName, role });
        return (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    internal static async Task<string> VersionAsync(HttpClient admin, Guid userId)
    {
        var email = (await (await admin.GetAsync($"/api/v1/users/{userId}")).JsonAsync(HttpStatusCode.OK)).GetProperty("email").GetString();
        var page = await ListAsync(admin, $"q={Uri.EscapeDataString(email!)}");
        return page.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == userId).GetProperty("version").GetString()!;
    }

    private static async Task<JsonElement> ListAsync(HttpClient client, string query) =>
        await (await client.GetAsync($"/api/v1/users?{query}")).JsonAsync(HttpStatusCode.OK);

    private static List<Guid> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid())];

    private async Task<string> RefreshTokenAsync(string email)
    {
        var login = await (await factory.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = ApiTestExtensions.Password })).JsonAsync(HttpStatusCode.OK);
        return login.GetProperty("refreshToken").GetString()!;
    }
}
