using System.Net;
using System.Text.Json;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

[Collection(HubCollection.Name)]
public sealed class IntakeEndpointsTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_manager_schedules_an_intake_that_is_open_when_opensAt_has_passed()
    {
        var manager = await factory.ManagerAsync();
        var opensAt = DateTimeOffset.UtcNow.AddDays(-2);
        var closesAt = DateTimeOffset.UtcNow.AddDays(40);
        var response = await manager.Client.PostJsonAsync(Intakes, IntakeBody(opensAt, closesAt, 25, "EU-DIEH 2026 — Дархан-Уул"));
        var created = await response.JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal("Open", created.Text("status"));
        Assert.Equal($"/api/v1/intakes/{id}", response.Headers.Location?.OriginalString);

        using var anonymous = factory.CreateClient();
        var intake = await anonymous.IntakeAsync(id);
        Assert.Equal(id, intake.GetProperty("id").GetGuid());
        Assert.Equal("EU-DIEH 2026 — Дархан-Уул", intake.Text("name"));
        Assert.Equal("Open", intake.Text("status"));
        Assert.Equal(25, intake.GetProperty("capacity").GetInt32());
        Assert.Equal(0, intake.GetProperty("acceptedCount").GetInt32());
        Assert.Equal(25, intake.GetProperty("seatsLeft").GetInt32());
        Assert.Equal(opensAt, intake.GetProperty("opensAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal(closesAt, intake.GetProperty("closesAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));
        Assert.Equal("Open", await factory.Database.ScalarAsync<string>("SELECT status FROM applicants.intakes WHERE id = $1", id));
    }

    [Fact]
    public async Task Times_sent_with_an_offset_are_kept_as_the_same_instant_in_UTC()
    {
        var manager = await factory.ManagerAsync();
        var opensAt = new DateTimeOffset(DateTime.UtcNow.AddDays(-1).Ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8));
        var closesAt = new DateTimeOffset(DateTime.UtcNow.AddDays(20).Ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromHours(8));
        var id = (await (await manager.Client.PostJsonAsync(Intakes, IntakeBody(opensAt, closesAt))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var intake = await manager.Client.IntakeAsync(id);
        var readOpensAt = intake.GetProperty("opensAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.Zero, readOpensAt.Offset);
        Assert.Equal(opensAt.UtcDateTime, readOpensAt.UtcDateTime, TimeSpan.FromMilliseconds(1));
        Assert.Equal(closesAt.UtcDateTime, intake.GetProperty("closesAt").GetDateTimeOffset().UtcDateTime, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task An_intake_may_close_far_in_the_future_but_not_past_2100()
    {
        var manager = await factory.ManagerAsync();
        var body = IntakeBody(closesAt: new DateTimeOffset(2099, 12, 30, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal("Open", (await (await manager.Client.PostJsonAsync(Intakes, body)).JsonAsync(HttpStatusCode.Created)).Text("status"));

        var tooLate = IntakeBody(closesAt: new DateTimeOffset(9999, 12, 30, 0, 0, 0, TimeSpan.Zero));
        var problem = await (await manager.Client.PostJsonAsync(Intakes, tooLate)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("closesAt"));
    }

    [Fact]
    public async Task An_intake_that_opens_later_is_Scheduled()
    {
        var manager = await factory.ManagerAsync();
        var created = await (await manager.Client.PostJsonAsync(Intakes, IntakeBody(DateTimeOffset.UtcNow.AddDays(10), DateTimeOffset.UtcNow.AddDays(50))))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Scheduled", created.Text("status"));

        using var anonymous = factory.CreateClient();
        Assert.Equal("Scheduled", (await anonymous.IntakeAsync(created.GetProperty("id").GetGuid())).Text("status"));
    }

    [Fact]
    public async Task An_admin_schedules_intakes_too()
    {
        var admin = await factory.SharedAdminAsync();
        var created = await (await admin.PostJsonAsync(Intakes, IntakeBody())).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Open", created.Text("status"));
    }

    [Theory]
    [InlineData("Founder")]
    [InlineData("Mentor")]
    [InlineData("Judge")]
    [InlineData("Evaluator")]
    public async Task People_who_are_not_staff_may_not_schedule_an_intake(string role)
    {
        var user = role == "Founder" ? await factory.NewFounderAsync() : await factory.SharedUserAsync(role);
        await (await user.Client.PostJsonAsync(Intakes, IntakeBody())).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_partner_key_may_not_schedule_an_intake()
    {
        var partner = await factory.SharedPartnerAsync("applications:read", "applications:write");
        await (await partner.PostJsonAsync(Intakes, IntakeBody())).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Scheduling_an_intake_without_signing_in_is_a_401()
    {
        using var anonymous = factory.CreateClient();
        await (await anonymous.PostJsonAsync(Intakes, IntakeBody())).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("closesAt before opensAt", "closesAt")]
    [InlineData("closesAt equal to opensAt", "closesAt")]
    [InlineData("closesAt in the past", "closesAt")]
    [InlineData("capacity 0", "capacity")]
    [InlineData("capacity -3", "capacity")]
    [InlineData("capacity 10001", "capacity")]
    [InlineData("empty name", "name")]
    [InlineData("blank name", "name")]
    [InlineData("name of 201 characters", "name")]
    public async Task An_invalid_intake_is_a_400_naming_the_field(string invalid, string field)
    {
        var manager = await factory.ManagerAsync();
        var now = DateTimeOffset.UtcNow;
        var body = invalid switch
        {
            "closesAt before opensAt" => IntakeBody(now.AddDays(10), now.AddDays(5)),
            "closesAt equal to opensAt" => IntakeBody(now.AddDays(10), now.AddDays(10)),
            "closesAt in the past" => IntakeBody(now.AddDays(-10), now.AddDays(-1)),
            "capacity 0" => IntakeBody(capacity: 0),
            "capacity -3" => IntakeBody(capacity: -3),
            "capacity 10001" => IntakeBody(capacity: 10_001),
            "empty name" => IntakeBody(name: string.Empty),
            "blank name" => IntakeBody(name: "   "),
            "name of 201 characters" => IntakeBody(name: new string('Ө', 201)),
            _ => throw new ArgumentOutOfRangeException(nameof(invalid)),
        };

        var problem = await (await manager.Client.PostJsonAsync(Intakes, body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task A_malformed_intake_body_is_a_400_problem()
    {
        var manager = await factory.ManagerAsync();
        await (await manager.Client.PostRawJsonAsync(Intakes, """{ "name": "Broken", "opensAt": """)).ProblemAsync(HttpStatusCode.BadRequest);
        await (await manager.Client.PostRawJsonAsync(Intakes, """{ "name": "Wrong type", "opensAt": "not a date", "closesAt": "2030-01-01T00:00:00Z", "capacity": 10 }"""))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await manager.Client.PostRawJsonAsync(Intakes, """{ "name": "Wrong type", "opensAt": "2026-01-01T00:00:00Z", "closesAt": "2030-01-01T00:00:00Z", "capacity": "many" }"""))
            .ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Anyone_lists_intakes_without_signing_in_latest_closing_first()
    {
        var id = await factory.NewIntakeAsync(capacity: 12);
        await factory.NewIntakeAsync();

        using var anonymous = factory.CreateClient();
        var first = await (await anonymous.GetAsync($"{Intakes}?page=1&pageSize=2")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, first.GetProperty("page").GetInt32());
        Assert.Equal(2, first.GetProperty("pageSize").GetInt32());
        var total = first.GetProperty("totalCount").GetInt32();
        Assert.True(total >= 2);
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());

        var defaults = await (await anonymous.GetAsync(Intakes)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, defaults.GetProperty("page").GetInt32());
        Assert.Equal(50, defaults.GetProperty("pageSize").GetInt32());

        // Every intake, page by page: latest closing first, each once, ours among them.
        var all = new List<JsonElement>();
        for (var page = 1; all.Count < total; page++)
        {
            var items = (await (await anonymous.GetAsync($"{Intakes}?page={page}&pageSize=200")).JsonAsync(HttpStatusCode.OK)).GetProperty("items");
            Assert.NotEqual(0, items.GetArrayLength());
            all.AddRange(items.EnumerateArray());
        }

        Assert.Equal(total, all.Select(i => i.GetProperty("id").GetGuid()).Distinct().Count());
        var closing = all.Select(i => i.GetProperty("closesAt").GetDateTimeOffset()).ToList();
        Assert.Equal(closing.OrderByDescending(c => c), closing);
        var ours = Assert.Single(all, i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal(12, ours.GetProperty("capacity").GetInt32());
        Assert.Equal("Open", ours.Text("status"));
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Listing_intakes_with_a_bad_page_is_a_400(string query, string field)
    {
        using var anonymous = factory.CreateClient();
        var problem = await (await anonymous.GetAsync($"{Intakes}?{query}")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor(field));
    }

    [Fact]
    public async Task An_intake_page_far_beyond_the_end_is_empty_or_a_400()
    {
        using var anonymous = factory.CreateClient();
        var response = await anonymous.GetAsync($"{Intakes}?page={int.MaxValue}&pageSize=200");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).ErrorsFor("page"));
        }
        else
        {
            Assert.Equal(0, (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("items").GetArrayLength());
        }
    }

    [Fact]
    public async Task An_intake_without_opensAt_or_capacity_is_a_400()
    {
        var manager = await factory.ManagerAsync();
        var body = IntakeBody();
        body.Remove("opensAt");
        var problem = await (await manager.Client.PostJsonAsync(Intakes, body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("opensAt"));

        body = IntakeBody();
        body.Remove("capacity");
        problem = await (await manager.Client.PostJsonAsync(Intakes, body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("capacity"));

        body = IntakeBody();
        body.Remove("name");
        problem = await (await manager.Client.PostJsonAsync(Intakes, body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("name"));
    }

    [Fact]
    public async Task An_unknown_intake_is_a_404_problem()
    {
        using var anonymous = factory.CreateClient();
        await (await anonymous.GetAsync($"{Intakes}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_intake_is_read_the_same_by_everyone()
    {
        var id = await factory.NewIntakeAsync(capacity: 7);
        using var founder = await factory.NewFounderAsync();
        var partner = await factory.SharedPartnerAsync("training:read");
        using var anonymous = factory.CreateClient();
        foreach (var client in new[] { founder.Client, partner, anonymous })
        {
            var intake = await client.IntakeAsync(id);
            Assert.Equal(7, intake.GetProperty("capacity").GetInt32());
            Assert.Equal(JsonValueKind.String, intake.GetProperty("name").ValueKind);
        }
    }
}
