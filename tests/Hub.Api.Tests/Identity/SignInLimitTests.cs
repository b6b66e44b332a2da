using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Hub.Api.Common.Security;
using Hub.Api.Tests.Infrastructure;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Mentoring;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Identity;

/// <summary>
/// Failed sign-ins are limited per client address and per e-mail, successes spend nothing, refresh and registration
/// and password resets have budgets of their own, a password-reset link expires, and each failure of an address is answered later. A host of its own with small budgets,
/// behind a trusted proxy, so each test is a client of its own (X-Forwarded-For).
/// </summary>
public sealed class SignInLimitTests(SignInLimitTests.StrictFactory factory) : IClassFixture<SignInLimitTests.StrictFactory>
{
    private const string Login = "/api/v1/auth/login";

    private const string PasswordReset = "/api/v1/auth/password-reset";

    [Fact]
    public async Task Guessing_from_one_address_stops_after_its_failures_even_for_the_right_password()
    {
        using var guesser = Client("203.0.113.20");
        for (var i = 0; i < 3; i++)
        {
            await (await guesser.PostAsJsonAsync(Login, new { email = $"nobody-{i}@tests.example.org", password = "guess-number-" + i })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        var limited = await guesser.PostAsJsonAsync(Login, new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword });
        var problem = await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("this address", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 15 * 60);

        // Another client behind the same proxy is not affected.
        using var other = Client("203.0.113.21");
        await (await other.PostAsJsonAsync(Login, new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword })).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Successful_sign_ins_spend_no_budget()
    {
        using var office = Client("203.0.113.30");
        for (var i = 0; i < 12; i++)
        {
            await (await office.PostAsJsonAsync(Login, new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword })).JsonAsync(HttpStatusCode.OK);
        }

        for (var i = 0; i < 2; i++)
        {
            await (await office.PostAsJsonAsync(Login, new { email = HubApiFactory.AdminEmail, password = "typo-" + i })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await office.PostAsJsonAsync(Login, new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword })).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_e_mail_has_a_budget_of_its_own_whatever_the_address()
    {
        var target = await NewAccountAsync();
        var strangers = Enumerable.Range(40, 4).Select(i => $"203.0.113.{i}").ToList();
        foreach (var stranger in strangers)
        {
            using var client = Client(stranger);
            await (await client.PostAsJsonAsync(Login, new { email = target, password = "guess-from-" + stranger })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var fresh = Client("203.0.113.49");
        var refused = await (await fresh.PostAsJsonAsync(Login, new { email = target, password = ApiTestExtensions.Password })).ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("this e-mail", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // An unknown e-mail is counted the same way, so the limit says nothing about which e-mails have accounts.
        var unknown = $"nobody-{Guid.NewGuid():N}@tests.example.org";
        foreach (var stranger in strangers)
        {
            using var client = Client(stranger.Replace("113", "114", StringComparison.Ordinal));
            await (await client.PostAsJsonAsync(Login, new { email = unknown, password = "guess" })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await fresh.PostAsJsonAsync(Login, new { email = unknown, password = "guess" })).ProblemAsync(HttpStatusCode.TooManyRequests);

        // The address itself still has its budget: another person signs in from it.
        await (await fresh.PostAsJsonAsync(Login, new { email = await NewAccountAsync(), password = ApiTestExtensions.Password })).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Each_failure_of_an_address_is_answered_later_than_the_one_before()
    {
        using var guesser = Client("203.0.113.60");
        List<TimeSpan> answers = [];
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            await (await guesser.PostAsJsonAsync(Login, new { email = $"nobody-{i}@tests.example.org", password = "guess" })).ProblemAsync(HttpStatusCode.Unauthorized);
            answers.Add(watch.Elapsed);
        }

        // No delay for the first (a typo), then 300 ms, then 600 ms (capped at 1.2 s here).
        Assert.True(answers[1] >= TimeSpan.FromMilliseconds(300), $"The second failure was answered after {answers[1].TotalMilliseconds:F0} ms.");
        Assert.True(answers[2] >= TimeSpan.FromMilliseconds(600), $"The third failure was answered after {answers[2].TotalMilliseconds:F0} ms.");
    }

    [Fact]
    public void The_delay_doubles_from_the_second_failure_up_to_its_cap()
    {
        var (first, max) = (TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(4));
        Assert.Equal(
            [0, 0, 250, 500, 1000, 2000, 4000, 4000, 4000],
            new[] { 0, 1, 2, 3, 4, 5, 6, 7, 100 }.Select(n => SignInLimits.DelayAfter(n, first, max).TotalMilliseconds));
    }

    [Fact]
    public async Task Refreshing_has_a_budget_of_its_own()
    {
        using var signedIn = Client("203.0.113.70");
        var refreshToken = (await (await signedIn.PostAsJsonAsync(Login, new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword }))
            .JsonAsync(HttpStatusCode.OK)).GetProperty("refreshToken").GetString();

        // This address has used up its sign-in failures, yet its refresh works.
        using var client = Client("203.0.113.71");
        for (var i = 0; i < 3; i++)
        {
            await (await client.PostAsJsonAsync(Login, new { email = "nobody@tests.example.org", password = "guess-" + i })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        await (await client.PostAsJsonAsync(Login, new { email = "nobody@tests.example.org", password = "guess" })).ProblemAsync(HttpStatusCode.TooManyRequests);
        await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken })).JsonAsync(HttpStatusCode.OK);

        // Five refreshes a minute here: the sixth is refused.
        for (var i = 0; i < 4; i++)
        {
            await (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "forged-" + i })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "forged" });
        await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.Contains("Retry-After"));
    }

    [Fact]
    public async Task Registrations_from_one_address_are_limited_with_retry_after()
    {
        using var client = Client("203.0.113.80");
        for (var i = 0; i < 3; i++)
        {
            await (await client.PostAsJsonAsync("/api/v1/auth/register", Registration())).JsonAsync(HttpStatusCode.Created);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/auth/register", Registration());
        await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 3600);

        using var neighbour = Client("203.0.113.81");
        await (await neighbour.PostAsJsonAsync("/api/v1/auth/register", Registration())).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Password_resets_are_limited_per_address_and_per_e_mail_known_or_not()
    {
        using var client = Client("203.0.113.90");
        var flooded = $"flooded-{Guid.NewGuid():N}@tests.example.org";
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync(PasswordReset, new { email = flooded })).StatusCode);
        }

        // Two a mailbox an hour here, from any address; three an address.
        using var other = Client("203.0.113.91");
        var mailbox = await other.PostAsJsonAsync(PasswordReset, new { email = flooded });
        await mailbox.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(mailbox.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync(PasswordReset, new { email = $"x-{Guid.NewGuid():N}@tests.example.org" })).StatusCode);
        await (await client.PostAsJsonAsync(PasswordReset, new { email = $"y-{Guid.NewGuid():N}@tests.example.org" })).ProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_password_reset_link_expires()
    {
        var email = await NewAccountAsync();
        using var client = Client("203.0.113.95");
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync(PasswordReset, new { email })).StatusCode);
        var (userId, token) = await factory.SetPasswordLinkAsync(email);

        await Task.Delay(StrictFactory.LinkLifetime + TimeSpan.FromMilliseconds(200));
        var expired = await (await client.PostAsJsonAsync("/api/v1/auth/set-password", new { userId, token, password = "Too-late-2026!" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("auth.set-password-link", expired.Text("code"));
    }

    [Theory]
    [InlineData("/api/v1/auth/password-reset")]
    [InlineData("/api/v1/auth/register")]
    [InlineData("/api/v1/auth/login")]
    [InlineData("/api/v1/auth/refresh")]
    public async Task The_document_says_each_limited_operation_may_answer_429_with_retry_after(string path)
    {
        using var client = factory.CreateClient();
        var document = await (await client.GetAsync("/openapi/v1.json")).JsonAsync(HttpStatusCode.OK);

        var tooMany = document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("responses").GetProperty("429");
        Assert.True(tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{path}'s 429 does not say Retry-After");
    }

    private static object Registration() =>
        new { email = $"reg-{Guid.NewGuid():N}@tests.example.org", password = ApiTestExtensions.Password, fullName = "Очирбатын Тэмүүлэн" };

    /// <summary>A client behind the trusted proxy (the test server's loopback address) with its own address.</summary>
    private HttpClient Client(string address)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }

    /// <summary>An account made by the admin, from an address of its own (admin sign-ins never fail here).</summary>
    private async Task<string> NewAccountAsync()
    {
        using var admin = Client("198.51.100.1");
        var token = (await (await admin.PostAsJsonAsync(Login, new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword }))
            .JsonAsync(HttpStatusCode.OK)).GetProperty("accessToken").GetString();
        admin.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var email = $"target-{Guid.NewGuid():N}@tests.example.org";
        await (await admin.PostAsJsonAsync("/api/v1/users", new { email, password = ApiTestExtensions.Password, fullName = "Цэцэгийн Уянга", role = "Founder" }))
            .JsonAsync(HttpStatusCode.Created);
        return email;
    }

    public sealed class StrictFactory : HubApiFactory
    {
        protected override IReadOnlyDictionary<string, string> AuthSettings => new Dictionary<string, string>
        {
            ["FailedSignInsPerAddress"] = "3",
            ["FailedSignInsPerAccount"] = "4",
            ["FailureDelay"] = "00:00:00.300",
            ["MaxFailureDelay"] = "00:00:01.200",
            ["RefreshesPerMinute"] = "5",
            ["RegistrationsPerHour"] = "3",
            ["PasswordResetsPerHour"] = "3",
            ["PasswordResetsPerAccountPerHour"] = "2",
        };

        /// <summary>How long a set-password link lasts here (72 hours in the app), so a test can see one expire.</summary>
        public static readonly TimeSpan LinkLifetime = TimeSpan.FromSeconds(1);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = LinkLifetime));
        }

        protected override string[] TrustedProxies => ["127.0.0.1"];
    }
}
