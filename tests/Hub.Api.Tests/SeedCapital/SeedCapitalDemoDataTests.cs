using System.Net;
using Hub.Api.Tests.Common;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Common.Startup;
using Hub.Infrastructure.SeedCapital.DemoData;
using static Hub.Api.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>The demo's calls: one awarded seed-capital call with the programme's 10 grants, and an open pilot competition.</summary>
public sealed class SeedCapitalDemoDataTests(DemoDataTests.DemoFactory factory) : IClassFixture<DemoDataTests.DemoFactory>
{
    [Fact]
    public async Task The_awarded_call_has_ten_grants_paid_in_tranches_and_the_pilot_competition_is_open()
    {
        using var evaluator = await factory.SignedInClientAsync("evaluator1@demo.eu-dieh.example.org", "demo-pass-2026");
        var calls = (await (await evaluator.GetAsync(Calls)).JsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().ToList();
        var awarded = Assert.Single(calls, c => c.GetProperty("title").GetString() == SeedCapitalDemoDataSeeder.AwardedCallTitle);
        var pilot = Assert.Single(calls, c => c.GetProperty("title").GetString() == SeedCapitalDemoDataSeeder.PilotCallTitle);
        Assert.Equal("Awarded", awarded.GetProperty("status").GetString());
        Assert.True(awarded.GetProperty("isEvaluator").GetBoolean());
        Assert.Equal("Open", pilot.GetProperty("status").GetString());
        Assert.Equal("PilotCompetition", pilot.GetProperty("kind").GetString());

        using var manager = await factory.SignedInClientAsync("manager@demo.eu-dieh.example.org", "demo-pass-2026");
        var callId = awarded.GetProperty("id").GetGuid();
        var award = await (await manager.GetAsync($"{Calls}/{callId}/award")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(SeedCapitalDemoDataSeeder.GrantTarget, award.GetProperty("awarded").GetArrayLength());
        var grants = await (await manager.GetAsync($"{Grants}?callId={callId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(SeedCapitalDemoDataSeeder.GrantTarget, grants.GetProperty("totalCount").GetInt32());
        Assert.Contains(grants.GetProperty("items").EnumerateArray(), g => g.GetProperty("released").Amount() > 0);

        await factory.Services.RunHubStartupTasksAsync();
        var again = await (await manager.GetAsync(Calls)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(calls.Count, again.GetProperty("totalCount").GetInt32());
    }
}
