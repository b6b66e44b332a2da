namespace Hub.Domain.DemoDay.Ranking;

/// <summary>A pitch's place in a ranking; a pitch nobody scored has zero scores and judge count.</summary>
public sealed record RankedPitch(Guid PitchId, int Rank, double NormalizedScore, double RawMean, int JudgeCount);
