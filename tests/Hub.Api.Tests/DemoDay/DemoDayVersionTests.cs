using System.Net;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;

namespace Hub.Api.Tests.DemoDay;

/// <summary>A manager's change to a Demo Day sent with a stale If-Match is refused; the current one, or none, goes through.</summary>
[Collection(HubCollection.Name)]
public sealed class DemoDayVersionTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_change_with_the_etag_of_an_older_read_is_a_409_and_changes_nothing()
    {
        var manager = (await factory.ManagerAsync()).Client;
        var dayId = await manager.NewDemoDayAsync();
        var first = await manager.GetAsync($"{DemoDayTestData.DemoDays}/{dayId}");
        var etag = first.Headers.ETag!.Tag;
        Assert.Equal($"\"{(await first.JsonAsync(HttpStatusCode.OK)).GetProperty("version").GetUInt32()}\"", etag);

        (await manager.SendAsync(WithIfMatch(HttpMethod.Post, $"{DemoDayTestData.DemoDays}/{dayId}/open-scoring", etag))).EnsureSuccessStatusCode();
        var stale = await manager.SendAsync(WithIfMatch(HttpMethod.Post, $"{DemoDayTestData.DemoDays}/{dayId}/close", etag));
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        var day = await (await manager.GetAsync($"{DemoDayTestData.DemoDays}/{dayId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Scoring", day.GetProperty("status").GetString());
        Assert.NotEqual(etag, $"\"{day.GetProperty("version").GetUInt32()}\"");

        (await manager.PostAsync($"{DemoDayTestData.DemoDays}/{dayId}/close", null)).EnsureSuccessStatusCode();
    }

    private static HttpRequestMessage WithIfMatch(HttpMethod method, string url, string etag)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return request;
    }
}
