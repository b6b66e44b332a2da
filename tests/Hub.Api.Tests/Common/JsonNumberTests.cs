using System.Net;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.Common;

/// <summary>Numbers are JSON numbers, as the OpenAPI document says: a number written as a string is a 400.</summary>
[Collection(HubCollection.Name)]
public sealed class JsonNumberTests(HubApiFactory factory)
{
    [Fact]
    public async Task An_integer_sent_as_a_string_is_a_400_and_nothing_is_saved()
    {
        var manager = await factory.ManagerAsync();
        var name = $"Quoted capacity {Guid.NewGuid():N}";
        var body = $$"""{ "name": "{{name}}", "opensAt": "2030-01-01T00:00:00Z", "closesAt": "2030-02-01T00:00:00Z", "capacity": "10" }""";

        var problem = await (await manager.Client.PostRawJsonAsync(ApplicantsTestData.Intakes, body)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("capacity", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM applicants.intakes WHERE name = $1", name));
    }
}
