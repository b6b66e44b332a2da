using System.Net;
using Hub.Api.Tests.Common;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Common.Startup;
using static Hub.Api.Tests.DemoDay.DemoDayTestData;

namespace Hub.Api.Tests.DemoDay;

/// <summary>The Demo Days of <c>./hub run</c>: a published one with results and awards, an upcoming one in Scoring.</summary>
public sealed class DemoDayDemoDataTests(DemoDataTests.DemoFactory factory) : IClassFixture<DemoDataTests.DemoFactory>
{
    [Fact]
    public async Task A_published_demo_day_with_seven_pitches_and_an_upcoming_one_in_scoring_and_a_second_load_adds_nothing()
    {
        using var manager = await factory.SignedInClientAsync("manager@demo.eu-dieh.example.org", "demo-pass-2026");
        var days = (await (await manager.GetAsync(DemoDays)).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Published", "Scoring"], days.Select(d => d.GetProperty("status").GetString()!).Order());

        var published = days.Single(d => d.GetProperty("status").GetString() == "Published");
        Assert.Equal(7, published.GetProperty("pitchCount").GetInt32());
        Assert.Equal(5, published.GetProperty("judgeCount").GetInt32());
        var results = await (await manager.GetAsync($"{DemoDays}/{published.GetProperty("id").GetGuid()}/results")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Completed", results.GetProperty("status").GetString());
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], results.GetProperty("pitches").EnumerateArray().Select(p => p.GetProperty("rank").GetInt32()));
        Assert.Equal(4, results.GetProperty("pitches").EnumerateArray().Sum(p => p.GetProperty("awards").GetArrayLength()));

        using var judge = await factory.SignedInClientAsync("judge1@demo.eu-dieh.example.org", "demo-pass-2026");
        var upcoming = days.Single(d => d.GetProperty("status").GetString() == "Scoring").GetProperty("id").GetGuid();
        var sheets = await (await judge.GetAsync($"{DemoDays}/{upcoming}/score-sheets")).JsonAsync(HttpStatusCode.OK);
        Assert.True(sheets.GetArrayLength() > 0);

        await factory.Services.RunHubStartupTasksAsync();
        Assert.Equal(2, (await (await manager.GetAsync(DemoDays)).JsonAsync(HttpStatusCode.OK)).GetProperty("totalCount").GetInt32());
    }
}
