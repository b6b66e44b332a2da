using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Identity;

[Collection(HubCollection.Name)]
public sealed class UserTests(HubApiFactory factory)
{
    [Theory]
    [InlineData("Manager")]
    [InlineData("Mentor")]
    [InlineData("Judge")]
    [InlineData("Evaluator")]
    [InlineData("Founder")]
    [InlineData("Admin")]
    public async Task The_admin_creates_accounts_of_every_role(string role)
    {
        using var user = await factory.NewUserAsync(role);
        var me = await (await user.Client.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([role], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_manager_creates_a_mentor_but_not_an_admin_or_a_manager()
    {
        using var manager = await factory.NewUserAsync("Manager");
        var mentor = await manager.Client.PostAsJsonAsync("/api/v1/users", NewUser("mentor"));
        await mentor.JsonAsync(HttpStatusCode.Created);

        await (await manager.Client.PostAsJsonAsync("/api/v1/users", NewUser("Admin"))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await manager.Client.PostAsJsonAsync("/api/v1/users", NewUser("Manager"))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("Founder")]
    [InlineData("Mentor")]
    [InlineData("Judge")]
    public async Task People_who_are_not_staff_cannot_create_accounts(string role)
    {
        using var user = await factory.NewUserAsync(role);
        await (await user.Client.PostAsJsonAsync("/api/v1/users", NewUser("Founder"))).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_role_is_a_400()
    {
        using var admin = await factory.AdminAsync();
        var problem = await (await admin.PostAsJsonAsync("/api/v1/users", NewUser("Wizard"))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("role"));
    }

    [Fact]
    public async Task Staff_look_people_up_by_id_and_unknown_ids_are_404()
    {
        using var founder = await factory.NewFounderAsync();
        using var admin = await factory.AdminAsync();
        var person = await (await admin.GetAsync($"/api/v1/users/{founder.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(founder.Email, person.GetProperty("email").GetString());
        await (await admin.GetAsync($"/api/v1/users/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    private static object NewUser(string role) =>
        new { email = $"{Guid.NewGuid():N}@tests.example.org", password = ApiTestExtensions.Password, fullName = "Someone New", role };
}
