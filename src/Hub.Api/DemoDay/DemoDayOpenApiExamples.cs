using Hub.Api.Common.OpenApi;
using Hub.Application.DemoDay.Commands.SubmitScoreSheet;
using Hub.Application.DemoDay.Queries.GetDemoDay;
using Hub.Application.DemoDay.Queries.GetResults;
using Hub.Application.DemoDay.Queries.GetScoringProgress;
using Hub.Application.DemoDay.Queries.ListDemoDays;
using static Hub.Api.Common.OpenApi.ExampleValues;

namespace Hub.Api.DemoDay;

/// <summary>Demo Day 2026 in Darkhan: seven pitches on a 1–10 scale, the dairy cooperative first.</summary>
internal sealed class DemoDayOpenApiExamples : IOpenApiExampleCatalog
{
    private static readonly DateOnly HeldOn = new(2026, 6, 19);
    private static readonly DateTimeOffset PitchStarts = new(2026, 6, 19, 2, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, decimal> Scores = new() { ["Market"] = 8m, ["Team"] = 9m, ["Pitch"] = 7m };

    public static IEnumerable<TypeExample> Examples =>
    [
        TypeExample.Of(new PlanDemoDayRequest("Demo Day 2026", HeldOn, "Darkhan Culture Palace", 1m, 10m,
            [new CriterionRequest("Market", 2m), new CriterionRequest("Team", 2m), new CriterionRequest("Pitch", 1m)])),
        TypeExample.Of(new DemoDayCreatedResponse(DemoDayId)),
        TypeExample.Of(new AddPitchRequest(ProgrammeApplicationId, 1, PitchStarts)),
        TypeExample.Of(new InviteJudgeRequest(JudgeUserId)),
        TypeExample.Of(new JudgeInvitedResponse(JudgeUserId)),
        TypeExample.Of(new DeclareConflictRequest(JudgeUserId, PitchId)),
        TypeExample.Of(new ConflictDeclaredResponse(JudgeUserId, PitchId)),
        TypeExample.Of(new ScoreSheetRequest(Scores)),
        TypeExample.Of(new DemoDayScoreSheetDto(PitchId, JudgeUserId, Scores, 8.2m, 1, PitchStarts.AddMinutes(12), 1)),
        TypeExample.Of(new GiveAwardRequest("Best social enterprise", PitchId)),
        TypeExample.Of(new DemoDayStatusResponse(DemoDayId, "Scoring")),
        TypeExample.Of(new ResultsQueuedResponse(DemoDayId, "Queued")),
        TypeExample.Of(new DemoDaySummaryDto(DemoDayId, "Demo Day 2026", HeldOn, "Darkhan Culture Palace", "Scoring", 7, 5)),
        TypeExample.Of(new DemoDayDto(DemoDayId, "Demo Day 2026", HeldOn, "Darkhan Culture Palace", 1m, 10m,
            [new DemoDayCriterionDto("Market", 2m), new DemoDayCriterionDto("Team", 2m), new DemoDayCriterionDto("Pitch", 1m)], "Published", "Completed",
            [new DemoDayPitchDto(PitchId, ProgrammeApplicationId, "Дархан Сүү хоршоо", 1, PitchStarts)],
            [new DemoDayJudgeDto(JudgeUserId, "Elena Papadopoulou")], [], [new DemoDayAwardDto(Guid.Parse("0193a526-7b2e-7f03-8d4a-1c9e5f2b6a23"), "Best social enterprise", PitchId)], 7)),
        TypeExample.Of(new DemoDayProgressDto(DemoDayId, "Scoring", 31, 35,
            [new DemoDayJudgeProgressDto(JudgeUserId, "Elena Papadopoulou", 6, 1, [new DemoDayProgressCellDto(PitchId, true, false, 1, PitchStarts.AddMinutes(12))])])),
        TypeExample.Of(new DemoDayResultsDto(DemoDayId, "Completed", "ZScore", null, PitchStarts.AddHours(6),
            [new DemoDayResultPitchDto(PitchId, 1, 1.184, 8.2, 5, 1, ProgrammeApplicationId, "Дархан Сүү хоршоо", ["Best social enterprise"])])),
    ];
}
