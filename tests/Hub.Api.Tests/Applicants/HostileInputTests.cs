using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

/// <summary>Input PostgreSQL or date arithmetic cannot take must be a 400, and never leave half a change behind.</summary>
[Collection(HubCollection.Name)]
public sealed class HostileInputTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_NUL_character_in_a_venture_name_or_a_team_role_is_a_400()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();

        var named = ApplicationBody(intakeId, "Дархан\u0000Сүү");
        await (await founder.Client.PostJsonAsync(Applications, named)).ProblemAsync(HttpStatusCode.BadRequest);

        var team = ApplicationBody(intakeId);
        team["teamMembers"]![0]!["role"] = "CTO\u0000";
        await (await founder.Client.PostJsonAsync(Applications, team)).ProblemAsync(HttpStatusCode.BadRequest);

        var mine = await (await founder.Client.GetAsync(Applications)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, mine.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_NUL_character_in_an_e_mail_at_login_or_registration_is_a_400()
    {
        using var anonymous = factory.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/login", new { email = "a\u0000@tests.example.org", password = "whatever-1" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        await (await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { email = "b\u0000@tests.example.org", password = "long-enough-1", fullName = "B" }))
            .ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_intake_closing_at_the_end_of_time_is_a_400_and_is_not_saved()
    {
        var manager = await factory.ManagerAsync();
        var name = $"End of time {Guid.NewGuid():N}";
        var body = IntakeBody(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.MaxValue.AddSeconds(-1), name: name);
        var problem = await (await manager.Client.PostJsonAsync(Intakes, body)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("closesAt"));
        Assert.Equal(0L, await factory.Database.ScalarAsync<long>("SELECT count(*) FROM applicants.intakes WHERE name = $1", name));
    }

    [Fact]
    public async Task A_partner_that_may_write_but_not_read_gets_back_what_it_edited()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var writer = await factory.SharedPartnerAsync("applications:write");
        var id = (await (await writer.PostJsonAsync(Applications, ApplicationBodyFor(intakeId, founder.Id))).JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var edited = await (await writer.EditAsync(id, EditBody("Herder Market App v2"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Herder Market App v2", edited.Text("ventureName"));
        await (await writer.GetApplicationAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
    }
}
