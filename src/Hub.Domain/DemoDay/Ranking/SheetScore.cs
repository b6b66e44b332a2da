namespace Hub.Domain.DemoDay.Ranking;

/// <summary>One counted score sheet: a judge's weighted score S of a pitch.</summary>
public sealed record SheetScore(Guid JudgeUserId, Guid PitchId, double Score);
