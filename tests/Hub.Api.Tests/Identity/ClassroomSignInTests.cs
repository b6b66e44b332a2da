using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Identity;

/// <summary>
/// A campus NAT: a whole classroom of founders behind one address signs in at the start of a workshop, with the
/// app's default limits (a host of its own that sets none).
/// </summary>
public sealed class ClassroomSignInTests(ClassroomSignInTests.DefaultLimitsFactory factory) : IClassFixture<ClassroomSignInTests.DefaultLimitsFactory>
{
    [Fact]
    public async Task Forty_people_behind_one_address_all_sign_in_within_a_minute_despite_a_few_typos()
    {
        using var admin = await factory.AdminAsync();
        List<string> classroom = [];
        for (var i = 0; i < 40; i++)
        {
            var email = $"class-{i:D2}-{Guid.NewGuid():N}@tests.example.org";
            await (await admin.PostAsJsonAsync("/api/v1/users", new { email, password = ApiTestExtensions.Password, fullName = $"Founder {i}", role = "Founder" }))
                .JsonAsync(HttpStatusCode.Created);
            classroom.Add(email);
        }

        using var nat = factory.CreateClient();
        foreach (var email in classroom.Take(3))
        {
            await (await nat.PostAsJsonAsync("/api/v1/auth/login", new { email, password = "test-pass-2025" })).ProblemAsync(HttpStatusCode.Unauthorized);
        }

        var signIns = await Task.WhenAll(classroom.Select(email => nat.PostAsJsonAsync("/api/v1/auth/login", new { email, password = ApiTestExtensions.Password })));

        Assert.All(signIns, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
    }

    /// <summary>The app's own sign-in limits (appsettings.json), not the shared host's generous ones.</summary>
    public sealed class DefaultLimitsFactory : HubApiFactory
    {
        protected override IReadOnlyDictionary<string, string> AuthSettings => new Dictionary<string, string>();
    }
}
