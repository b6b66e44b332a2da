using System.Net;
using Hub.Api.Tests.Infrastructure;
using Hub.Infrastructure.Applicants.DemoData;
using Hub.Infrastructure.Common.Startup;
using Npgsql;

namespace Hub.Api.Tests.Common;

/// <summary>The demo data of <c>./hub run</c>, in a host of its own: loaded at start-up, and a second load adds nothing.</summary>
public sealed class DemoDataTests(DemoDataTests.DemoFactory factory) : IClassFixture<DemoDataTests.DemoFactory>
{
    [Fact]
    public async Task The_open_intake_has_sixty_applications_in_every_state_and_a_second_load_adds_nothing()
    {
        var before = await CountsByStatusAsync();
        Assert.Equal(
            new Dictionary<string, long> { ["Draft"] = 10, ["Submitted"] = 15, ["Accepted"] = 12, ["Rejected"] = 8, ["Waitlisted"] = 8, ["Withdrawn"] = 7 },
            before);

        await factory.Services.RunHubStartupTasksAsync();

        Assert.Equal(before, await CountsByStatusAsync());
        Assert.Equal(105L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM identity.users"));
    }

    [Fact]
    public async Task Demo_people_sign_in_and_founders_have_Mongolian_names()
    {
        using var manager = await factory.SignedInClientAsync("manager@demo.eu-dieh.example.org", "demo-pass-2026");
        var list = await (await manager.GetAsync("/api/v1/applications?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(60, list.GetProperty("totalCount").GetInt32());
        Assert.All(list.GetProperty("items").EnumerateArray(), a =>
            Assert.Matches(@"^\p{IsCyrillic}+ \p{IsCyrillic}+(-\p{IsCyrillic}+)?$", a.GetProperty("founderName").GetString()));

        using var founder = await factory.SignedInClientAsync("founder01@demo.eu-dieh.example.org", "demo-pass-2026");
        var own = await (await founder.GetAsync("/api/v1/applications")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, own.GetProperty("totalCount").GetInt32());
    }

    private async Task<Dictionary<string, long>> CountsByStatusAsync()
    {
        await using var connection = new NpgsqlConnection(factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT a.status, count(*) FROM applicants.applications a JOIN applicants.intakes i ON i.id = a.intake_id WHERE i.name = $1 GROUP BY a.status",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = ApplicantsDemoDataSeeder.OpenIntakeName });
        var counts = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    public sealed class DemoFactory : HubApiFactory
    {
        protected override bool LoadDemoData => true;
    }
}
