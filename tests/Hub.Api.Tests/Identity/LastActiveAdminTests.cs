using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Identity;

/// <summary>
/// The hub always keeps an active admin, whether the change is a demotion, a lock or an erasure (one rule): an app and
/// database of its own, so demoting and locking admins touches no other test.
/// </summary>
public sealed class LastActiveAdminTests(HubApiFactory factory) : IClassFixture<HubApiFactory>
{
    [Fact]
    public async Task The_last_active_admin_cannot_be_demoted_locked_or_erased_and_a_locked_admin_does_not_count()
    {
        using var admin = await factory.AdminAsync();
        var adminId = (await (await admin.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();
        await RefusedAsync(await DemoteAsync(admin, adminId), "users.last-admin");

        // A second admin, locked: still the only active one.
        using var second = await factory.NewUserAsync(Roles.Admin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{second.Id}/lock", null)).StatusCode);
        await RefusedAsync(await DemoteAsync(admin, adminId), "users.last-admin");
        await RefusedAsync(await admin.PostAsJsonAsync($"/api/v1/people/{adminId}/erasure", new { reason = "Leaving." }), "erasure.last-admin");

        // Unlocked, the second admin counts: the first may step down, and then the second may not lock the last one.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{second.Id}/unlock", null)).StatusCode);
        await (await DemoteAsync(admin, adminId)).JsonAsync(HttpStatusCode.OK);
        using var secondAgain = await factory.SignedInClientAsync(second.Email, ApiTestExtensions.Password);
        var secondVersion = await UserAdministrationTests.VersionAsync(secondAgain, second.Id);
        await RefusedAsync(await secondAgain.PutAsJsonAsync($"/api/v1/users/{second.Id}/roles", new { roles = new[] { Roles.Manager }, version = secondVersion }), "users.last-admin");
        var adminVersion = await UserAdministrationTests.VersionAsync(secondAgain, adminId);
        await (await secondAgain.PutAsJsonAsync($"/api/v1/users/{adminId}/roles", new { roles = new[] { Roles.Admin }, version = adminVersion })).JsonAsync(HttpStatusCode.OK);
        using var first = await factory.AdminAsync();
        await RefusedAsync(await secondAgain.PostAsync($"/api/v1/users/{second.Id}/lock", null), "users.lock-self");
        Assert.Equal(HttpStatusCode.NoContent, (await secondAgain.PostAsync($"/api/v1/users/{adminId}/unlock", null)).StatusCode);
        await RefusedAsync(await first.PostAsync($"/api/v1/users/{adminId}/lock", null), "users.lock-self");
        Assert.Equal(HttpStatusCode.NoContent, (await first.PostAsync($"/api/v1/users/{second.Id}/lock", null)).StatusCode);
        await RefusedAsync(await DemoteAsync(first, adminId), "users.last-admin");
    }

    private static async Task<HttpResponseMessage> DemoteAsync(HttpClient admin, Guid userId) =>
        await admin.PutAsJsonAsync($"/api/v1/users/{userId}/roles", new { roles = new[] { Roles.Manager }, version = await UserAdministrationTests.VersionAsync(admin, userId) });

    private static async Task RefusedAsync(HttpResponseMessage response, string code) =>
        Assert.Equal(code, (await response.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
}
