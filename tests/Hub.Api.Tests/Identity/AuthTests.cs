using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Identity;

[Collection(HubCollection.Name)]
public sealed class AuthTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_founder_registers_signs_in_and_sees_themself()
    {
        using var anonymous = factory.CreateClient();
        var email = $"new-{Guid.NewGuid():N}@tests.example.org";
        var registered = await (await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email, password = "founder-pass-1", fullName = "Мөнхбатын Номин" }))
            .JsonAsync(HttpStatusCode.Created);

        var login = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "founder-pass-1" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Bearer", login.GetProperty("tokenType").GetString());
        Assert.True(login.GetProperty("expiresIn").GetInt64() > 0);

        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        var response = await client.GetAsync("/api/v1/auth/me");
        var me = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(registered.GetProperty("id").GetGuid(), me.GetProperty("id").GetGuid());
        Assert.Contains("Мөнхбатын Номин", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Мөнхбатын Номин", me.GetProperty("fullName").GetString());
        Assert.Equal(["Founder"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task A_refresh_token_buys_a_new_access_token_and_a_forged_one_is_401()
    {
        using var founder = await factory.NewFounderAsync();
        using var anonymous = factory.CreateClient();
        var login = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = founder.Email, password = ApiTestExtensions.Password })).JsonAsync(HttpStatusCode.OK);

        var refreshed = await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() })).JsonAsync(HttpStatusCode.OK);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", refreshed.GetProperty("accessToken").GetString());
        var me = await (await client.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(founder.Id, me.GetProperty("id").GetGuid());

        await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "forged" })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "" })).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Registering_an_e_mail_twice_is_a_409()
    {
        using var founder = await factory.NewFounderAsync();
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = founder.Email, password = "another-pass-1", fullName = "Someone" });
        await response.ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_weak_password_and_a_bad_e_mail_are_400_with_field_errors()
    {
        using var anonymous = factory.CreateClient();
        var weak = await (await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = $"w-{Guid.NewGuid():N}@tests.example.org", password = "short", fullName = "Weak" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(weak.ErrorsFor("password"));

        var bad = await (await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = "not-an-email", password = "long-enough-1", fullName = "" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(bad.ErrorsFor("email"));
        Assert.NotEmpty(bad.ErrorsFor("fullName"));
    }

    [Theory]
    [InlineData("{\"email\": ")]
    [InlineData("[1, 2]")]
    [InlineData("{\"email\": 42, \"password\": true}")]
    [InlineData("")]
    public async Task Malformed_json_is_a_400_problem_never_a_500(string body)
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsync("/api/v1/auth/login", new StringContent(body, Encoding.UTF8, "application/json"));
        await response.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_problem()
    {
        using var founder = await factory.NewFounderAsync();
        using var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = founder.Email, password = "wrong-password" });
        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        using var founder = await factory.NewFounderAsync();
        using var anonymous = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = founder.Email, password = "wrong-password" })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        var response = await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = founder.Email, password = ApiTestExtensions.Password });
        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_locked_out_account_cannot_refresh_its_token()
    {
        using var founder = await factory.NewFounderAsync();
        using var anonymous = factory.CreateClient();
        var login = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = founder.Email, password = ApiTestExtensions.Password })).JsonAsync(HttpStatusCode.OK);
        for (var i = 0; i < 5; i++)
        {
            await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = founder.Email, password = "wrong-password" })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = login.GetProperty("refreshToken").GetString() }))
            .ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task No_token_or_a_forged_token_is_a_401_problem()
    {
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync("/api/v1/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);

        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "forged-token");
        await (await anonymous.GetAsync("/api/v1/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_configured_admin_exists_with_the_admin_role()
    {
        using var admin = await factory.AdminAsync();
        var me = await (await admin.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("Admin", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }
}
