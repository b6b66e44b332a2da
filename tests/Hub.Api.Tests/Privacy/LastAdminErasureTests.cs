using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;

namespace Hub.Api.Tests.Privacy;

/// <summary>The hub always keeps an admin who can sign in: an app and database of its own, so erasing admins touches no other test.</summary>
public sealed class LastAdminErasureTests(HubApiFactory factory) : IClassFixture<HubApiFactory>
{
    [Fact]
    public async Task An_admin_can_be_erased_while_another_remains_but_the_last_one_cannot_and_an_erased_admin_does_not_count()
    {
        using var admin = await factory.AdminAsync();
        var adminId = (await (await admin.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid();
        var second = await factory.NewUserAsync(Roles.Admin);

        await (await admin.PostAsJsonAsync($"/api/v1/people/{second.Id}/erasure", new { reason = "Left the hub." })).JsonAsync(HttpStatusCode.Accepted);

        var refused = await (await admin.PostAsJsonAsync($"/api/v1/people/{adminId}/erasure", new { reason = "Asked to be forgotten." })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("erasure.last-admin", refused.Code());
        (await admin.GetAsync("/api/v1/auth/me")).EnsureSuccessStatusCode();
    }
}
