using System.Net;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using Hub.Domain.Common;
using static Hub.Api.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>Each role sees what it should: evaluators their calls' submitted proposals, founders their own, partners results without scores.</summary>
[Collection(HubCollection.Name)]
public sealed class VisibilityTests(HubApiFactory factory)
{
    [Fact]
    public async Task An_evaluator_of_one_call_cannot_see_or_score_another_calls_proposals()
    {
        var mine = await factory.NewCallAsync();
        var theirs = await factory.NewCallAsync();
        using var evaluator = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(mine, evaluator.Id);
        var (founder, proposalId) = await factory.ProposalAsync(theirs);
        using (founder)
        {
            await (await evaluator.Client.GetAsync($"{Proposals}/{proposalId}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await evaluator.Client.GetAsync($"{Calls}/{theirs}/proposals")).ProblemAsync(HttpStatusCode.NotFound);
            await (await evaluator.Client.EvaluateAsync(proposalId, 5, 5)).ProblemAsync(HttpStatusCode.NotFound);

            var calls = await (await evaluator.Client.GetAsync($"{Calls}?pageSize=200")).JsonAsync(HttpStatusCode.OK);
            Assert.Contains(calls.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == mine && c.GetProperty("isEvaluator").GetBoolean());
        }
    }

    [Fact]
    public async Task An_evaluator_sees_submitted_proposals_with_only_their_own_evaluation_and_no_drafts()
    {
        var callId = await factory.NewCallAsync();
        using var first = await factory.NewEvaluatorAsync();
        using var second = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(callId, first.Id);
        await factory.AppointAsync(callId, second.Id);
        var (submitter, submitted) = await factory.ProposalAsync(callId);
        var (drafter, draft) = await factory.ProposalAsync(callId, submit: false);
        using (submitter)
        using (drafter)
        {
            await (await first.Client.EvaluateAsync(submitted, 8, 6)).JsonAsync(HttpStatusCode.Created);
            await (await second.Client.EvaluateAsync(submitted, 0, 0, conflict: true)).JsonAsync(HttpStatusCode.Created);

            await (await first.Client.GetAsync($"{Proposals}/{draft}")).ProblemAsync(HttpStatusCode.NotFound);
            var list = await (await first.Client.GetAsync($"{Calls}/{callId}/proposals")).JsonAsync(HttpStatusCode.OK);
            var item = Assert.Single(list.GetProperty("items").EnumerateArray());
            Assert.Equal(submitted, item.GetProperty("id").GetGuid());
            Assert.True(item.GetProperty("evaluatedByMe").GetBoolean());

            var seen = await (await first.Client.GetAsync($"{Proposals}/{submitted}")).JsonAsync(HttpStatusCode.OK);
            var own = Assert.Single(seen.GetProperty("evaluations").EnumerateArray());
            Assert.Equal(first.Id, own.GetProperty("evaluatorUserId").GetGuid());
            Assert.Equal(8m, own.GetProperty("scores").GetProperty("Innovation").GetDecimal());

            var conflicted = Assert.Single((await (await second.Client.GetAsync($"{Proposals}/{submitted}")).JsonAsync(HttpStatusCode.OK)).GetProperty("evaluations").EnumerateArray());
            Assert.True(conflicted.GetProperty("conflictOfInterest").GetBoolean());
            Assert.Empty(conflicted.GetProperty("scores").EnumerateObject());

            var manager = await factory.ManagerAsync();
            var all = await (await manager.Client.GetAsync($"{Proposals}/{submitted}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(2, all.GetProperty("evaluations").GetArrayLength());
            var everything = await (await manager.Client.GetAsync($"{Calls}/{callId}/proposals")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(2, everything.GetProperty("totalCount").GetInt32());
        }
    }

    [Fact]
    public async Task A_founder_sees_their_own_proposal_and_grant_and_not_anothers()
    {
        var callId = await factory.NewCallAsync();
        var (owner, proposalId) = await factory.ProposalAsync(callId);
        using var other = await factory.NewFounderAsync();
        using (owner)
        {
            await (await other.Client.GetAsync($"{Proposals}/{proposalId}")).ProblemAsync(HttpStatusCode.NotFound);
            await (await other.Client.PostAsync($"{Proposals}/{proposalId}/submit", null)).ProblemAsync(HttpStatusCode.NotFound);
            var othersList = await (await other.Client.GetAsync($"{Calls}/{callId}/proposals")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(0, othersList.GetProperty("totalCount").GetInt32());

            var ownList = await (await owner.Client.GetAsync($"{Calls}/{callId}/proposals")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(proposalId, Assert.Single(ownList.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        }
    }

    [Fact]
    public async Task A_partner_with_calls_read_reads_calls_and_results_but_not_proposals()
    {
        var callId = await factory.NewCallAsync();
        var (founder, proposalId) = await factory.ProposalAsync(callId);
        using (founder)
        {
            var partner = await factory.SharedPartnerAsync(PartnerScopes.CallsRead);
            await (await partner.GetAsync($"{Calls}/{callId}/award")).ProblemAsync(HttpStatusCode.NotFound);

            var manager = await factory.ManagerAsync();
            await (await manager.Client.PostAsync($"{Calls}/{callId}/award", null)).JsonAsync(HttpStatusCode.OK);

            var call = await (await partner.GetAsync($"{Calls}/{callId}")).JsonAsync(HttpStatusCode.OK);
            Assert.Equal("Awarded", call.GetProperty("status").GetString());
            Assert.Empty(call.GetProperty("evaluators").EnumerateArray());
            await (await partner.GetAsync($"{Calls}/{callId}/award")).JsonAsync(HttpStatusCode.OK);
            await (await partner.GetAsync($"{Proposals}/{proposalId}")).ProblemAsync(HttpStatusCode.Forbidden);
            await (await partner.GetAsync($"{Calls}/{callId}/proposals")).ProblemAsync(HttpStatusCode.Forbidden);
        }
    }
}
