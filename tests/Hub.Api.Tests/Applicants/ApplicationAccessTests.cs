using System.Net;
using System.Net.Http.Headers;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.Applicants.ApplicantsTestData;

namespace Hub.Api.Tests.Applicants;

/// <summary>Who sees and changes which application, role by role. Someone else's application is a 404, never a 403.</summary>
[Collection(HubCollection.Name)]
public sealed class ApplicationAccessTests(HubApiFactory factory)
{
    private const string SecretVenture = "Нууц төсөл 7f3a";

    [Fact]
    public async Task Another_founders_application_is_a_404_for_every_verb_and_reveals_nothing()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var owner = await factory.NewFounderAsync();
        using var other = await factory.NewFounderAsync();
        var id = await owner.Client.DraftAsync(intakeId, SecretVenture);

        var answers = new[]
        {
            await other.Client.GetApplicationAsync(id),
            await other.Client.EditAsync(id, EditBody("Hijacked")),
            await other.Client.SubmitAsync(id),
            await other.Client.WithdrawAsync(id),
        };
        foreach (var answer in answers)
        {
            var problem = await answer.ProblemAsync(HttpStatusCode.NotFound);
            Assert.DoesNotContain(SecretVenture, problem.ToString(), StringComparison.Ordinal);
        }

        // It is answered exactly as an id that does not exist.
        var unknown = await (await other.Client.GetApplicationAsync(Guid.NewGuid())).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(unknown.Text("title"), (await (await other.Client.GetApplicationAsync(id)).ProblemAsync(HttpStatusCode.NotFound)).Text("title"));

        var unchanged = await owner.Client.ApplicationAsync(id);
        Assert.Equal(SecretVenture, unchanged.Text("ventureName"));
        Assert.Equal("Draft", unchanged.Text("status"));
    }

    [Fact]
    public async Task Another_founder_cannot_withdraw_a_submitted_application()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (owner, id) = await factory.SubmittedApplicationAsync(intakeId, SecretVenture);
        using (owner)
        {
            using var other = await factory.NewFounderAsync();
            await (await other.Client.WithdrawAsync(id)).ProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal("Submitted", (await owner.Client.ApplicationAsync(id)).Text("status"));
        }
    }

    [Theory]
    [InlineData("Mentor")]
    [InlineData("Judge")]
    [InlineData("Evaluator")]
    public async Task Mentors_judges_and_evaluators_do_not_see_applications(string role)
    {
        var intakeId = await factory.NewIntakeAsync();
        var (owner, id) = await factory.SubmittedApplicationAsync(intakeId, SecretVenture);
        using (owner)
        {
            var user = await factory.SharedUserAsync(role);

            // Their roles may read no application at all: "not allowed" (403), before any lookup, so nothing leaks.
            var problem = await (await user.Client.GetApplicationAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
            Assert.DoesNotContain(SecretVenture, problem.ToString(), StringComparison.Ordinal);
            await (await user.Client.GetAsync(Applications)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await user.Client.GetAsync($"{Applications}?intakeId={intakeId}")).ProblemAsync(HttpStatusCode.Forbidden);
            await (await user.Client.WithdrawAsync(id)).ProblemAsync(HttpStatusCode.Forbidden);
            await (await user.Client.GetApplicationAsync(Guid.NewGuid())).ProblemAsync(HttpStatusCode.Forbidden);
            await (await user.Client.DecideAsync(id, "Accept")).ProblemAsync(HttpStatusCode.Forbidden);

            // They cannot apply, for themselves or for a founder.
            await (await user.Client.PostJsonAsync(Applications, ApplicationBody(intakeId))).ProblemAsync(HttpStatusCode.Forbidden);
            await (await user.Client.PostJsonAsync(Applications, ApplicationBodyFor(intakeId, owner.Id))).ProblemAsync(HttpStatusCode.Forbidden);

            Assert.Equal("Submitted", (await owner.Client.ApplicationAsync(id)).Text("status"));
        }
    }

    [Fact]
    public async Task Managers_and_admins_see_every_application()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (owner, id) = await factory.SubmittedApplicationAsync(intakeId, SecretVenture);
        using (owner)
        {
            var manager = await factory.ManagerAsync();
            var admin = await factory.SharedAdminAsync();
            foreach (var staff in new[] { manager.Client, admin })
            {
                var application = await staff.ApplicationAsync(id);
                Assert.Equal(SecretVenture, application.Text("ventureName"));
                Assert.Equal(FounderFullName, application.GetProperty("founder").Text("fullName"));
                Assert.Equal(owner.Id, application.GetProperty("founderUserId").GetGuid());

                var list = await (await staff.GetAsync($"{Applications}?intakeId={intakeId}")).JsonAsync(HttpStatusCode.OK);
                Assert.Equal(id, Assert.Single(list.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
            }
        }
    }

    [Fact]
    public async Task A_manager_may_withdraw_an_application_for_the_founder()
    {
        var intakeId = await factory.NewIntakeAsync();
        var (owner, id) = await factory.SubmittedApplicationAsync(intakeId);
        using (owner)
        {
            var manager = await factory.ManagerAsync();
            Assert.Equal("Withdrawn", await (await manager.Client.WithdrawAsync(id)).StatusAsync(HttpStatusCode.OK));
            Assert.Equal("Withdrawn", (await owner.Client.ApplicationAsync(id)).Text("status"));
        }
    }

    [Fact]
    public async Task Without_credentials_every_application_endpoint_is_a_401()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        using var anonymous = factory.CreateClient();

        await (await anonymous.GetApplicationAsync(id)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync(Applications)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostJsonAsync(Applications, ApplicationBody(intakeId))).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.EditAsync(id, EditBody())).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.SubmitAsync(id)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.WithdrawAsync(id)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.DecideAsync(id, "Accept")).ProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal("Draft", (await founder.Client.ApplicationAsync(id)).Text("status"));
    }

    [Fact]
    public async Task A_bad_bearer_token_is_a_401()
    {
        var intakeId = await factory.NewIntakeAsync();
        using var founder = await factory.NewFounderAsync();
        var id = await founder.Client.DraftAsync(intakeId);
        using var forged = factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        await (await forged.GetApplicationAsync(id)).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await forged.GetAsync(Applications)).ProblemAsync(HttpStatusCode.Unauthorized);
    }
}
