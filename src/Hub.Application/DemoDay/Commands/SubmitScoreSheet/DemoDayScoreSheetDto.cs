namespace Hub.Application.DemoDay.Commands.SubmitScoreSheet;

/// <summary>A judge's sheet as it stands: the last revision, which is the one that counts.</summary>
public sealed record DemoDayScoreSheetDto(
    Guid PitchId, Guid JudgeUserId, IReadOnlyDictionary<string, decimal> Scores, decimal WeightedScore, int Revision, DateTimeOffset SubmittedAt, uint Version);
