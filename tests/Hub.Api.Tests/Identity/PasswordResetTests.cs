using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Mentoring;

namespace Hub.Api.Tests.Identity;

/// <summary>
/// POST /auth/password-reset answers 202 alike for any e-mail and mails a one-time link only to an account; the link
/// sets a new password once, and doing so ends the account's other sign-ins. (Its budgets and the link's expiry are
/// in <see cref="SignInLimitTests"/>, a host with small limits.)
/// </summary>
[Collection(HubCollection.Name)]
public sealed class PasswordResetTests(HubApiFactory factory)
{
    private const string Reset = "/api/v1/auth/password-reset";

    [Fact]
    public async Task An_unknown_e_mail_is_answered_as_a_known_one_and_nothing_is_sent()
    {
        using var founder = await factory.NewFounderAsync();
        using var anonymous = factory.CreateClient();
        var unknown = $"nobody-{Guid.NewGuid():N}@tests.example.org";

        var known = await anonymous.PostAsJsonAsync(Reset, new { email = founder.Email });
        var missing = await anonymous.PostAsJsonAsync(Reset, new { email = unknown });

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, missing.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await missing.Content.ReadAsStringAsync());
        Assert.Equal(known.Content.Headers.ContentType, missing.Content.Headers.ContentType);
        await factory.Notifications.WaitForAsync(n => n.RecipientEmail == founder.Email && n.Body.Contains("set-password", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Notifications.Sent, n => n.RecipientEmail == unknown);
    }

    [Fact]
    public async Task A_malformed_e_mail_is_a_validation_problem()
    {
        using var anonymous = factory.CreateClient();
        var problem = await (await anonymous.PostAsJsonAsync(Reset, new { email = "not an e-mail" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));
    }

    [Fact]
    public async Task The_link_sets_a_new_password_once_and_ends_the_other_sign_ins()
    {
        using var founder = await factory.NewFounderAsync();
        using var anonymous = factory.CreateClient();
        var elsewhere = await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = founder.Email, password = ApiTestExtensions.Password })).JsonAsync(HttpStatusCode.OK);

        await (await anonymous.PostAsJsonAsync(Reset, new { email = founder.Email })).Content.ReadAsStringAsync();
        var (userId, token) = await factory.SetPasswordLinkAsync(founder.Email);
        Assert.Equal(founder.Id, userId);
        Assert.Equal(HttpStatusCode.NoContent, (await anonymous.PostAsJsonAsync("/api/v1/auth/set-password", new { userId, token, password = "Forgotten-no-more-2026" })).StatusCode);

        // The link works once; the old password, the old refresh token and the old access token are all done.
        var used = await (await anonymous.PostAsJsonAsync("/api/v1/auth/set-password", new { userId, token, password = "Once-again-2026!" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("auth.set-password-link", used.Text("code"));
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = founder.Email, password = ApiTestExtensions.Password })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = elsewhere.GetProperty("refreshToken").GetString() })).ProblemAsync(HttpStatusCode.Unauthorized);
        using var oldToken = factory.CreateClient();
        oldToken.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", elsewhere.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await oldToken.GetAsync("/api/v1/auth/me")).StatusCode);
        using var signedIn = await factory.SignedInClientAsync(founder.Email, "Forgotten-no-more-2026");
        Assert.Equal(HttpStatusCode.OK, (await signedIn.GetAsync("/api/v1/auth/me")).StatusCode);
    }
}
