using System.Text.Json.Nodes;
using Hub.Api.Tests.DemoDay;
using Hub.Api.Tests.Infrastructure;
using static Hub.Api.Tests.DemoDay.DemoDayTestData;
using static Hub.Api.Tests.Security.Matrix.MatrixRequests;

namespace Hub.Api.Tests.Security.Matrix.Fixtures;

/// <summary>The DemoDay module's matrix requests (table: <c>Matrix/Tables/DemoDay.md</c>).</summary>
internal sealed class DemoDayMatrixFixtures : IMatrixFixtures
{
    public IReadOnlyDictionary<string, MatrixFixture> ByOperationId { get; } = new Dictionary<string, MatrixFixture>(StringComparer.Ordinal)
    {
        ["PlanDemoDay"] = (_, _) => Task.FromResult(Post(DemoDays, PlanBody())),
        ["ListDemoDays"] = (_, _) => Get($"{DemoDays}?page=1&pageSize=5"),
        ["GetDemoDay"] = async (world, _) => await Get($"{DemoDays}/{(await DemoDayMatrixWorld.ForAsync(world)).PublishedDayId}"),
        ["AddDemoDayPitch"] = async (world, succeeds) =>
        {
            var days = await DemoDayMatrixWorld.ForAsync(world);
            var applicationId = succeeds ? await days.NewAcceptedApplicationAsync() : Guid.NewGuid();
            return Post($"{DemoDays}/{days.OpenDayId}/pitches", new JsonObject { ["applicationId"] = applicationId, ["slot"] = days.NextSlot() });
        },
        ["InviteDemoDayJudge"] = async (world, succeeds) =>
        {
            var days = await DemoDayMatrixWorld.ForAsync(world);
            var userId = days.SharedJudgeId;
            if (succeeds)
            {
                using var judge = await world.Factory.NewUserAsync(Domain.Common.Roles.Judge);
                userId = judge.Id;
            }

            return Post($"{DemoDays}/{days.OpenDayId}/judges", new JsonObject { ["userId"] = userId });
        },
        ["DeclareDemoDayConflict"] = async (world, succeeds) =>
        {
            var days = await DemoDayMatrixWorld.ForAsync(world);
            var pitchId = succeeds ? await days.NewPitchAsync() : days.OpenPitchId;
            return Post($"{DemoDays}/{days.OpenDayId}/conflicts", new JsonObject { ["judgeUserId"] = days.SharedJudgeId, ["pitchId"] = pitchId });
        },
        ["OpenDemoDayScoring"] = async (world, succeeds) =>
        {
            var days = await DemoDayMatrixWorld.ForAsync(world);
            return Post($"{DemoDays}/{(succeeds ? await days.NewDayAsync() : days.OpenDayId)}/open-scoring");
        },
        ["SubmitDemoDayScoreSheet"] = async (world, _) =>
        {
            var days = await DemoDayMatrixWorld.ForAsync(world);
            return Put($"{DemoDays}/{days.OpenDayId}/pitches/{days.OpenPitchId}/score-sheet", Sheet(7, 8));
        },
        ["ListDemoDayScoreSheets"] = async (world, _) => await Get($"{DemoDays}/{(await DemoDayMatrixWorld.ForAsync(world)).OpenDayId}/score-sheets"),
        ["GetDemoDayScoringProgress"] = async (world, _) => await Get($"{DemoDays}/{(await DemoDayMatrixWorld.ForAsync(world)).OpenDayId}/progress"),
        ["CloseDemoDayScoring"] = async (world, succeeds) =>
        {
            var days = await DemoDayMatrixWorld.ForAsync(world);
            return Post($"{DemoDays}/{(succeeds ? await days.NewDayAsync() : days.OpenDayId)}/close");
        },
        ["GetDemoDayResults"] = async (world, _) => await Get($"{DemoDays}/{(await DemoDayMatrixWorld.ForAsync(world)).PublishedDayId}/results"),
        ["ExportDemoDayResults"] = async (world, _) => await Get($"{DemoDays}/{(await DemoDayMatrixWorld.ForAsync(world)).PublishedDayId}/results.csv"),
        ["GiveDemoDayAward"] = async (world, _) =>
        {
            var days = await DemoDayMatrixWorld.ForAsync(world);
            return Post($"{DemoDays}/{days.OpenDayId}/awards", new JsonObject { ["category"] = $"Matrix award {Guid.NewGuid():N}", ["pitchId"] = days.OpenPitchId });
        },
        ["PublishDemoDayResults"] = async (world, succeeds) =>
        {
            var days = await DemoDayMatrixWorld.ForAsync(world);
            return Post($"{DemoDays}/{(succeeds ? await days.NewDayWithResultsAsync() : days.PublishedDayId)}/publish");
        },
    };
}
