using System.Net;
using System.Net.Http.Json;
using Hub.Api.Tests.Applicants;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.SeedCapital.SeedCapitalTestData;

namespace Hub.Api.Tests.SeedCapital;

/// <summary>A call from creation to grants: proposals, evaluations, the award by the rule, and the result stored once.</summary>
[Collection(HubCollection.Name)]
public sealed class AwardFlowTests(HubApiFactory factory)
{
    [Fact]
    public async Task The_award_ranks_by_mean_weighted_score_and_funds_within_budget_once()
    {
        var callId = await factory.NewCallAsync(CallBody(budget: 25_000_000m, maxGrant: 15_000_000m, minScore: 5m));
        using var first = await factory.NewEvaluatorAsync();
        using var second = await factory.NewEvaluatorAsync();
        using var third = await factory.NewEvaluatorAsync();
        foreach (var evaluator in new[] { first, second, third })
        {
            await factory.AppointAsync(callId, evaluator.Id);
        }

        var (topFounder, top) = await factory.ProposalAsync(callId, 15_000_000m);
        var (_, tooBig) = await factory.ProposalAsync(callId, 12_000_000m);
        var (_, fits) = await factory.ProposalAsync(callId, 9_000_000m);
        var (_, once) = await factory.ProposalAsync(callId, 1_000_000m);

        // top: (3·9+1·7)/4 = 8.5 and 8.5 → 8.5; tooBig: 8 and 7 → 7.5; fits: 6 and (conflict) and 7 → (6+7)/2 = 6.5; once: one evaluation only.
        Assert.Equal(HttpStatusCode.Created, (await first.Client.EvaluateAsync(top, 9, 7)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await second.Client.EvaluateAsync(top, 9, 7)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await first.Client.EvaluateAsync(tooBig, 8, 8)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await second.Client.EvaluateAsync(tooBig, 7, 7)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await first.Client.EvaluateAsync(fits, 6, 6)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await second.Client.EvaluateAsync(fits, 0, 0, conflict: true)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await third.Client.EvaluateAsync(fits, 5, 5)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await third.Client.EvaluateAsync(fits, 7, 7)).StatusCode); // revised
        Assert.Equal(HttpStatusCode.Created, (await first.Client.EvaluateAsync(once, 10, 10)).StatusCode);

        var manager = await factory.ManagerAsync();
        var award = await (await manager.Client.PostAsync($"{Calls}/{callId}/award", null)).JsonAsync(HttpStatusCode.OK);

        var ranking = award.GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal([top, tooBig, fits], ranking.Select(r => r.GetProperty("proposalId").GetGuid()));
        Assert.Equal([1, 2, 3], ranking.Select(r => r.GetProperty("rank").GetInt32()));
        Assert.Equal([8.5m, 7.5m, 6.5m], ranking.Select(r => r.GetProperty("score").GetDecimal()));
        Assert.Equal([2, 2, 2], ranking.Select(r => r.GetProperty("evaluations").GetInt32()));
        Assert.Equal([top, fits], award.GetProperty("awarded").EnumerateArray().Select(a => a.GetProperty("proposalId").GetGuid()));
        Assert.Equal(24_000_000m, award.GetProperty("totalAwarded").Amount());
        Assert.Equal(1_000_000m, award.GetProperty("remaining").Amount());
        Assert.Equal("MNT", award.GetProperty("remaining").GetProperty("currency").GetString());

        await (await manager.Client.PostAsync($"{Calls}/{callId}/award", null)).ProblemAsync(HttpStatusCode.Conflict);
        await (await first.Client.EvaluateAsync(top, 1, 1)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(1L, await factory.Database.ScalarAsync<long>(
            "SELECT count(*) FROM seed_capital.outbox_messages WHERE type LIKE '%CallAwardedIntegrationEvent' AND payload->>'callId' = $1", callId.ToString()));

        var stored = await (await manager.Client.GetAsync($"{Calls}/{callId}/award")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(award.GetProperty("ranking").GetRawText(), stored.GetProperty("ranking").GetRawText());

        var proposal = await (await topFounder.Client.GetAsync($"{Proposals}/{top}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Awarded", proposal.GetProperty("status").GetString());
        Assert.Empty(proposal.GetProperty("evaluations").EnumerateArray());

        var grants = await (await topFounder.Client.GetAsync($"{Grants}?callId={callId}")).JsonAsync(HttpStatusCode.OK);
        var grant = Assert.Single(grants.GetProperty("items").EnumerateArray());
        Assert.Equal(15_000_000m, grant.GetProperty("amount").Amount());
    }

    [Fact]
    public async Task Two_managers_awarding_at_once_get_one_result_and_one_conflict()
    {
        var callId = await factory.NewCallAsync();
        var manager = await factory.ManagerAsync();
        var admin = await factory.SharedAdminAsync();

        var responses = await Task.WhenAll(manager.Client.PostAsync($"{Calls}/{callId}/award", null), admin.PostAsync($"{Calls}/{callId}/award", null));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        await Assert.Single(responses, r => r.StatusCode != HttpStatusCode.OK).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_award_from_a_stale_version_of_the_call_is_a_409()
    {
        var callId = await factory.NewCallAsync();
        var manager = await factory.ManagerAsync();
        var read = await manager.Client.GetAsync($"{Calls}/{callId}");
        var etag = read.Headers.ETag!.Tag;
        Assert.Equal("5", (await read.JsonAsync(HttpStatusCode.OK)).GetProperty("minScore").GetRawText());

        using var evaluator = await factory.NewEvaluatorAsync();
        await factory.AppointAsync(callId, evaluator.Id);

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"{Calls}/{callId}/award");
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await manager.Client.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict);

        using var fresh = new HttpRequestMessage(HttpMethod.Post, $"{Calls}/{callId}/award");
        fresh.Headers.TryAddWithoutValidation("If-Match", (await manager.Client.GetAsync($"{Calls}/{callId}")).Headers.ETag!.Tag);
        await (await manager.Client.SendAsync(fresh)).JsonAsync(HttpStatusCode.OK);
    }
}
