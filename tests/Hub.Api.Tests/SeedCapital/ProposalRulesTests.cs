using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;
using static Hub.Api.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>Who may propose, how much, how often; and who may sit on a call's committee.</summary>
[Collection(HubCollection.Name)]
public sealed class ProposalRulesTests(HubApiFactory factory)
{
    [Fact]
    public async Task A_request_above_the_maximum_grant_is_a_422_and_a_second_proposal_a_409()
    {
        var callId = await factory.NewCallAsync(CallBody(maxGrant: 15_000_000m));
        var (founder, applicationId) = await factory.AcceptedApplicationAsync(await factory.NewIntakeAsync());
        using (founder)
        {
            var above = await (await founder.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", ProposalBody(applicationId, 15_000_000.01m))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("proposal.above-max-grant", above.Code());

            // The amount may come as a decimal string, as API.md allows.
            var body = ProposalBody(applicationId);
            body["requestedAmount"] = new JsonObject { ["amount"] = "15000000.00", ["currency"] = "MNT" };
            var created = await (await founder.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", body)).JsonAsync(HttpStatusCode.Created);
            var proposal = await (await founder.Client.GetAsync($"{Proposals}/{created.GetProperty("id").GetGuid()}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(15_000_000m, proposal.GetProperty("requestedAmount").Amount());
            Assert.Equal("Draft", proposal.GetProperty("status").GetString());

            await (await founder.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", ProposalBody(applicationId, 1_000m))).ProblemAsync(HttpStatusCode.Conflict);
        }
    }

    [Fact]
    public async Task Only_an_accepted_application_of_the_founder_may_propose()
    {
        var callId = await factory.NewCallAsync();
        var intakeId = await factory.NewIntakeAsync();
        var (accepted, acceptedId) = await factory.AcceptedApplicationAsync(intakeId);
        var (submitted, submittedId) = await factory.SubmittedApplicationAsync(intakeId);
        using (accepted)
        using (submitted)
        {
            var notAccepted = await (await submitted.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", ProposalBody(submittedId))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("proposal.application-not-accepted", notAccepted.Code());
            var notTheirs = await (await submitted.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", ProposalBody(acceptedId))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("proposal.application-not-accepted", notTheirs.Code());
            var none = await (await submitted.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", ProposalBody(null, teamName: "No application"))).ProblemAsync(HttpStatusCode.UnprocessableEntity);
            Assert.Equal("proposal.application-required", none.Code());
        }
    }

    [Fact]
    public async Task A_pilot_competition_that_allows_it_takes_a_team_without_an_application()
    {
        var callId = await factory.NewCallAsync(CallBody(kind: "PilotCompetition", allowTeams: true));
        using var team = await factory.NewFounderAsync();

        await (await team.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", ProposalBody(null))).ProblemAsync(HttpStatusCode.BadRequest);
        var created = await (await team.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", ProposalBody(null, teamName: "Darkhan civic tech team"))).JsonAsync(HttpStatusCode.Created);

        var proposal = await (await team.Client.GetAsync($"{Proposals}/{created.GetProperty("id").GetGuid()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Darkhan civic tech team", proposal.GetProperty("ventureName").GetString());
        Assert.Equal(JsonValueKindNull, proposal.GetProperty("applicationId").ValueKind);
    }

    [Fact]
    public async Task Budget_lines_and_milestones_must_add_up_to_the_request()
    {
        var callId = await factory.NewCallAsync();
        var (founder, applicationId) = await factory.AcceptedApplicationAsync(await factory.NewIntakeAsync());
        using (founder)
        {
            var body = ProposalBody(applicationId, 1_000_000m);
            body["milestones"] = new JsonArray(new JsonObject { ["title"] = "Half", ["dueOn"] = "2027-01-01", ["amount"] = 500_000m });
            var problem = await (await founder.Client.PostAsJsonAsync($"{Calls}/{callId}/proposals", body)).ProblemAsync(HttpStatusCode.BadRequest);
            Assert.NotEmpty(problem.ErrorsFor("milestones"));
        }
    }

    [Fact]
    public async Task Only_a_person_with_the_Evaluator_role_sits_on_a_committee_and_only_once()
    {
        var callId = await factory.NewCallAsync();
        var manager = await factory.ManagerAsync();
        using var mentor = await factory.NewUserAsync(Roles.Mentor);
        using var evaluator = await factory.NewEvaluatorAsync();

        var notEvaluator = await (await manager.Client.PostAsJsonAsync($"{Calls}/{callId}/evaluators", new { userId = mentor.Id })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("call.not-an-evaluator", notEvaluator.Code());
        await (await manager.Client.PostAsJsonAsync($"{Calls}/{callId}/evaluators", new { userId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        await (await manager.Client.PostAsJsonAsync($"{Calls}/{callId}/evaluators", new { userId = evaluator.Id })).JsonAsync(HttpStatusCode.Created);
        await (await manager.Client.PostAsJsonAsync($"{Calls}/{callId}/evaluators", new { userId = evaluator.Id })).ProblemAsync(HttpStatusCode.Conflict);

        var call = await (await manager.Client.GetAsync($"{Calls}/{callId}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([evaluator.Id], call.GetProperty("evaluators").EnumerateArray().Select(e => e.GetGuid()));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
