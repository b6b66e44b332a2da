using System.Net;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

/// <summary>Partner systems act by the scopes of their key: applications:read to read, applications:write to apply for founders.</summary>
[Collection(HubCollection.Name)]
public sealed class PartnerAccessTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_writing_partner_drafts_and_submits_on_a_founders_behalf()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var partner = await factory.SharedPartnerAsync("applications:write");

        var response = await partner.PostJsonAsync(Applications, ApplicationBodyFor(intakeId, founder.Id, "Herder Market App"));
        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Draft", created.Text("status"));
        var id = created.GetProperty("id").GetGuid();

        Assert.Equal("Submitted", await (await partner.SubmitAsync(id)).StatusAsync(HttpStatusCode.OK));

        // The founder owns it and sees it.
        var application = await founder.Client.ApplicationAsync(id);
        Assert.Equal(founder.Id, application.GetProperty("founderUserId").GetGuid());
        Assert.Equal("Herder Market App", application.Text("ventureName"));
        Assert.Equal("Submitted", application.Text("status"));
        var mine = await (await founder.Client.GetAsync(Applications)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(id, Assert.Single(mine.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());

        // The one-live-application rule holds for partners too.
        await (await partner.PostJsonAsync(Applications, ApplicationBodyFor(intakeId, founder.Id))).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_partner_with_read_and_write_reads_what_it_drafted()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var partner = await factory.SharedPartnerAsync("applications:read", "applications:write");

        var id = await partner.DraftAsync(ApplicationBodyFor(intakeId, founder.Id, "Bee Darkhan Honey"));
        var application = await partner.ApplicationAsync(id);
        Assert.Equal("Bee Darkhan Honey", application.Text("ventureName"));
        Assert.Equal(FounderFullName, application.GetProperty("founder").Text("fullName"));

        var etag = (await partner.GetApplicationAsync(id)).Headers.ETag!.ToString();
        await (await partner.EditAsync(id, EditBody("Bee Darkhan Honey LLC"), etag)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Withdrawn", await (await partner.WithdrawAsync(id)).StatusAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_writing_partner_must_name_the_founder()
    {
        var intakeId = await factory.NewIntakeAsync();
        var partner = await factory.SharedPartnerAsync("applications:write");

        var problem = await (await partner.PostJsonAsync(Applications, ApplicationBody(intakeId))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("founderUserId"));

        problem = await (await partner.PostJsonAsync(Applications, ApplicationBodyFor(intakeId, Guid.Empty))).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.ErrorsFor("founderUserId"));
    }

    [Fact]
    public async Task A_writing_partner_may_only_apply_for_a_founders_account()
    {
        var intakeId = await factory.NewIntakeAsync();
        var partner = await factory.SharedPartnerAsync("applications:write");
        var mentor = await factory.SharedUserAsync("Mentor");

        var problem = await (await partner.PostJsonAsync(Applications, ApplicationBodyFor(intakeId, mentor.Id))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application.founder-unknown", problem.Code());

        problem = await (await partner.PostJsonAsync(Applications, ApplicationBodyFor(intakeId, Guid.NewGuid()))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("application.founder-unknown", problem.Code());
    }

    [Theory]
    [InlineData("applications:read")]
    [InlineData("training:read")]
    [InlineData("reports:read")]
    public async Task A_partner_without_applications_write_may_not_apply(string scope)
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var partner = await factory.SharedPartnerAsync(scope);

        await (await partner.PostJsonAsync(Applications, ApplicationBodyFor(intakeId, founder.Id))).ProblemAsync(HttpStatusCode.Forbidden);
        var mine = await (await founder.Client.GetAsync(Applications)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, mine.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_reading_partner_reads_any_application_with_every_field()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId, "Seabuckthorn Valley");
        using (founder)
        {
            var partner = await factory.SharedPartnerAsync("applications:read");
            var read = await partner.GetApplicationAsync(id);
            var application = await read.JsonAsync(HttpStatusCode.OK);
            Assert.Equal("Seabuckthorn Valley", application.Text("ventureName"));
            Assert.Equal(FounderSoum, application.GetProperty("founder").Text("soum"));
            Assert.Equal("Submitted", application.Text("status"));
            Assert.NotNull(read.Headers.ETag);
        }
    }

    [Theory]
    [InlineData("training:read")]
    [InlineData("applications:write")]
    public async Task A_partner_without_applications_read_does_not_see_an_application(string scope)
    {
        var intakeId = await factory.NewIntakeAsync();
        var (founder, id) = await factory.SubmittedApplicationAsync(intakeId, "Нууц төсөл");
        using (founder)
        {
            var partner = await factory.SharedPartnerAsync(scope);
            // Without the scope no application can be read at all, so the answer is "not allowed", before any lookup.
            var problem = await (await partner.GetApplicationAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
            Assert.DoesNotContain("Нууц төсөл", problem.ToString(), StringComparison.Ordinal);
            Assert.Contains("applications:read", problem.Text("detail"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_training_partner_cannot_change_an_application()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        var partner = await factory.SharedPartnerAsync("training:read");

        await (await partner.SubmitAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await partner.WithdrawAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await partner.EditAsync(id, EditBody("Changed"))).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Draft", (await founder.Client.ApplicationAsync(id)).Text("status"));
    }

    /// <summary>
    /// A reading partner sees the application, so a change it may not make is "not allowed" (403), not "unknown"
    /// (404): API.md keeps 404 for ids the caller may not see.
    /// </summary>
    [Fact]
    public async Task A_reading_partner_may_not_change_an_application_it_can_see()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        var partner = await factory.SharedPartnerAsync("applications:read");
        await partner.ApplicationAsync(id);

        await (await partner.SubmitAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await partner.WithdrawAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await partner.EditAsync(id, EditBody("Changed"))).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Draft", (await founder.Client.ApplicationAsync(id)).Text("status"));
    }

    [Fact]
    public async Task An_unknown_partner_key_is_a_401_everywhere()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        using var unknown = factory.CreateClient();
        unknown.DefaultRequestHeaders.Add("X-Api-Key", "hub_not-a-real-key");

        await (await unknown.GetApplicationAsync(id)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await unknown.PostJsonAsync(Applications, ApplicationBodyFor(intakeId, founder.Id))).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await unknown.SubmitAsync(id)).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
