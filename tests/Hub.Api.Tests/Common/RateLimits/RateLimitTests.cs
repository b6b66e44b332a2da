using System.Net;
using System.Net.Http.Json;
using Hub.Api.Common.RateLimits;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Tests.Common.RateLimits;

/// <summary>
/// Budgets per partner key and per person (ADR 0024). The shared host's budgets are out of reach; each test gives its
/// own new key or account a small one through <c>Hub:RateLimits:Overrides</c>, as an operator would by key id.
/// </summary>
[Collection(HubCollection.Name)]
public sealed class RateLimitTests(HubApiFactory factory)
{
    private const string Modules = "/api/v1/training/modules";

    [Fact]
    public async Task A_partner_key_over_its_budget_gets_429_with_Retry_After_and_another_key_behind_the_same_address_does_not()
    {
        var (firstId, first) = await NewPartnerAsync();
        var (secondId, second) = await NewPartnerAsync();
        Limit(firstId, 3);
        Limit(secondId, 3);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(Modules)).StatusCode);
        }

        var refused = await first.GetAsync(Modules);
        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.True(int.Parse(refused.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.Contains("partner key", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // Both keys come from the same (loopback) address: the second still has its whole budget.
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(Modules)).StatusCode);
    }

    [Fact]
    public async Task A_person_over_their_budget_gets_429()
    {
        var person = await factory.NewUserAsync("Manager");
        Limit(person.Id, 2);

        Assert.Equal(HttpStatusCode.OK, (await person.Client.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await person.Client.GetAsync("/api/v1/auth/me")).StatusCode);
        var refused = await person.Client.GetAsync("/api/v1/auth/me");

        await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ManagerAsync()).Client.GetAsync("/api/v1/auth/me")).StatusCode);
    }

    private void Limit(Guid callerId, int permits) =>
        factory.Services.GetRequiredService<HubRateLimitOptions>().Overrides[callerId.ToString()] = permits;

    private async Task<(Guid Id, HttpClient Client)> NewPartnerAsync()
    {
        var admin = await factory.SharedAdminAsync();
        var created = await (await admin.PostAsJsonAsync("/api/v1/partner-keys", new { name = "Gateway partner", scopes = new[] { "training:read" } }))
            .JsonAsync(HttpStatusCode.Created);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", created.GetProperty("key").GetString());
        return (created.GetProperty("id").GetGuid(), client);
    }
}
