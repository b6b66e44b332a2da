using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Identity;

/// <summary>A host of its own with a low login limit, so the shared host's tests never trip over it.</summary>
public sealed class LoginRateLimitTests(LoginRateLimitTests.StrictFactory factory) : IClassFixture<LoginRateLimitTests.StrictFactory>
{
    [Fact]
    public async Task The_fourth_attempt_in_a_minute_is_a_429_problem_with_retry_after()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await (await client.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@tests.example.org", password = "guess-number-" + i }))
                .ProblemAsync(HttpStatusCode.Unauthorized);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/auth/login", new { email = HubApiFactory.AdminEmail, password = HubApiFactory.AdminPassword });
        await limited.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("60", limited.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task Behind_the_trusted_proxy_each_client_has_its_own_limit()
    {
        // Three clients behind the proxy (127.0.0.1, trusted here) each get their own three attempts.
        foreach (var client in new[] { "203.0.113.10", "203.0.113.11", "203.0.113.12" })
        {
            using var browser = factory.CreateClient();
            browser.DefaultRequestHeaders.Add("X-Forwarded-For", client);
            for (var i = 0; i < 3; i++)
            {
                await (await browser.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@tests.example.org", password = "guess-" + i }))
                    .ProblemAsync(HttpStatusCode.Unauthorized);
            }

            await (await browser.PostAsJsonAsync("/api/v1/auth/login", new { email = "nobody@tests.example.org", password = "guess-4" }))
                .ProblemAsync(HttpStatusCode.TooManyRequests);
        }
    }

    public sealed class StrictFactory : HubApiFactory
    {
        protected override int LoginAttemptsPerMinute => 3;

        protected override string[] TrustedProxies => ["127.0.0.1"];
    }
}
