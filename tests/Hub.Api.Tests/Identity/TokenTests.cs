using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Identity;

/// <summary>
/// Access tokens are short-lived and stop working when their account is locked out or its password changes; a refresh
/// token works once, and a second use ends every token of its sign-in. The shared host checks the account on every
/// request (<c>Hub:Auth:AccountCheckInterval</c> 0), so a change shows at once.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class TokenTests(HubApiFactory factory)
{
    [Fact]
    public async Task An_access_token_lasts_fifteen_minutes()
    {
        using var founder = await factory.NewFounderAsync();
        var login = await SignInAsync(founder.Email);

        Assert.Equal(15 * 60, login.GetProperty("expiresIn").GetInt64());
        Assert.Equal(15 * 60, (await RefreshAsync(login, HttpStatusCode.OK)).GetProperty("expiresIn").GetInt64());
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_a_second_use_ends_every_token_of_that_sign_in()
    {
        using var founder = await factory.NewFounderAsync();
        var first = await SignInAsync(founder.Email);
        var second = await RefreshAsync(first, HttpStatusCode.OK);
        var third = await RefreshAsync(second, HttpStatusCode.OK);
        await MeAsync(third, HttpStatusCode.OK);

        // The first refresh token again: a copy is in someone else's hands.
        await RefreshAsync(first, HttpStatusCode.Unauthorized);

        await RefreshAsync(third, HttpStatusCode.Unauthorized);
        await MeAsync(third, HttpStatusCode.Unauthorized);
        await MeAsync(first, HttpStatusCode.Unauthorized);

        // Another sign-in of the same person is a family of its own and goes on working.
        var elsewhere = await SignInAsync(founder.Email);
        await MeAsync(await RefreshAsync(elsewhere, HttpStatusCode.OK), HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_locked_out_account_s_access_token_and_cookie_stop_working()
    {
        using var founder = await factory.NewFounderAsync();
        var login = await SignInAsync(founder.Email);
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true });
        (await browser.PostAsJsonAsync("/api/v1/auth/login?useCookies=true", new { email = founder.Email, password = ApiTestExtensions.Password })).EnsureSuccessStatusCode();
        await MeAsync(login, HttpStatusCode.OK);
        await (await browser.GetAsync("/api/v1/auth/me")).JsonAsync(HttpStatusCode.OK);

        await ChangeAccountAsync(founder.Id, (users, user) => users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));

        await MeAsync(login, HttpStatusCode.Unauthorized);
        await (await browser.GetAsync("/api/v1/auth/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        await RefreshAsync(login, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_new_security_stamp_such_as_a_changed_password_ends_the_access_token()
    {
        using var founder = await factory.NewFounderAsync();
        var login = await SignInAsync(founder.Email);
        await MeAsync(login, HttpStatusCode.OK);

        await ChangeAccountAsync(founder.Id, (users, user) => users.UpdateSecurityStampAsync(user));

        await MeAsync(login, HttpStatusCode.Unauthorized);
    }

    private async Task<JsonElement> SignInAsync(string email)
    {
        using var client = factory.CreateClient();
        return await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password = ApiTestExtensions.Password })).JsonAsync(HttpStatusCode.OK);
    }

    private async Task<JsonElement> RefreshAsync(JsonElement tokens, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = tokens.GetProperty("refreshToken").GetString() });
        return expected == HttpStatusCode.OK ? await response.JsonAsync(expected) : await response.ProblemAsync(expected);
    }

    private async Task MeAsync(JsonElement tokens, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        var response = await client.GetAsync("/api/v1/auth/me");
        _ = expected == HttpStatusCode.OK ? await response.JsonAsync(expected) : await response.ProblemAsync(expected);
    }

    /// <summary>What an admin tool would do to the account; there is no endpoint for it yet.</summary>
    private async Task ChangeAccountAsync(Guid userId, Func<UserManager<HubUser>, HubUser, Task<IdentityResult>> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubUser>>();
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("No such account.");
        Assert.True((await change(users, user)).Succeeded);
    }
}
