using System.Text.Json.Nodes;
using static Hub.Api.Tests.SeedCapital.SeedCapitalTestData;
using static Hub.Api.Tests.Security.Matrix.MatrixRequests;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>The SeedCapital module's matrix requests (table: <c>Matrix/Tables/SeedCapital.md</c>).</summary>
internal sealed class SeedCapitalMatrixFixtures : IMatrixFixtures
{
    public IReadOnlyDictionary<string, MatrixFixture> ByOperationId { get; } = new Dictionary<string, MatrixFixture>(StringComparer.Ordinal)
    {
        ["CreateCall"] = (_, _) => Task.FromResult(Post(Calls, CallBody())),
        ["ListCalls"] = (_, _) => Get($"{Calls}?page=1&pageSize=5"),
        ["GetCall"] = async (world, _) => await Get($"{Calls}/{(await SeedAsync(world)).OpenCallId}"),
        ["AppointCallEvaluator"] = async (world, succeeds) =>
        {
            var seed = await SeedAsync(world);
            return Post($"{Calls}/{(succeeds ? await seed.NewCallAsync() : seed.OpenCallId)}/evaluators", new JsonObject { ["userId"] = seed.EvaluatorId });
        },
        ["DraftProposal"] = async (world, succeeds) =>
        {
            var seed = await SeedAsync(world);
            return Post($"{Calls}/{(succeeds ? await seed.NewCallAsync() : seed.OpenCallId)}/proposals", ProposalBody(seed.OwnersApplicationId, 2_000_000m));
        },
        ["ListCallProposals"] = async (world, _) => await Get($"{Calls}/{(await SeedAsync(world)).OpenCallId}/proposals?page=1&pageSize=5"),
        ["AwardCall"] = async (world, succeeds) =>
        {
            var seed = await SeedAsync(world);
            return Post($"{Calls}/{(succeeds ? await seed.NewCallAsync() : seed.OpenCallId)}/award");
        },
        ["GetCallAward"] = async (world, _) => await Get($"{Calls}/{(await SeedAsync(world)).AwardedCallId}/award"),
        ["GetProposal"] = async (world, _) => await Get($"{Proposals}/{(await SeedAsync(world)).OwnersProposalId}"),
        ["SubmitProposal"] = async (world, succeeds) =>
        {
            var seed = await SeedAsync(world);
            return Post($"{Proposals}/{(succeeds ? await seed.OwnersProposalAsync(await seed.NewCallAsync(), submit: false) : seed.RefusedDraftId)}/submit");
        },
        ["EvaluateProposal"] = async (world, succeeds) =>
        {
            var seed = await SeedAsync(world);
            var proposalId = succeeds ? await seed.OwnersProposalAsync(await seed.NewCallAsync(withEvaluator: true), submit: true) : seed.OwnersProposalId;
            return Post($"{Proposals}/{proposalId}/evaluations", new JsonObject { ["conflictOfInterest"] = false, ["scores"] = new JsonObject { ["Innovation"] = 8, ["Team"] = 6.5m } });
        },
        ["ListGrants"] = (_, _) => Get($"{Grants}?page=1&pageSize=5"),
        ["GetGrant"] = async (world, _) => await Get($"{Grants}/{(await SeedAsync(world)).GrantId}"),
        ["ReportGrantMilestone"] = async (world, succeeds) =>
        {
            var seed = await SeedAsync(world);
            var number = succeeds ? seed.FreshTranche() : SeedCapitalMatrixWorld.PendingTranche;
            return Post($"{Grants}/{seed.GrantId}/tranches/{number}/report", new JsonObject { ["report"] = "The milestone is done; receipts attached." });
        },
        ["ApproveGrantTranche"] = async (world, succeeds) =>
        {
            var seed = await SeedAsync(world);
            var number = succeeds ? await seed.FreshReportedTrancheAsync() : SeedCapitalMatrixWorld.ReportedTranche;
            return Post($"{Grants}/{seed.GrantId}/tranches/{number}/approve");
        },
        ["RecordExchangeRate"] = (_, _) => Task.FromResult(Put("/api/v1/exchange-rates/MNT/2026-01-15", new JsonObject { ["unitsPerEur"] = 3700.5m })),
    };

    private static Task<SeedCapitalMatrixWorld> SeedAsync(MatrixWorld world) => SeedCapitalMatrixWorld.ForAsync(world);
}
