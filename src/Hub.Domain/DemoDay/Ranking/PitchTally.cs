namespace Hub.Domain.DemoDay.Ranking;

/// <summary>What a method computed for one pitch, before ranking.</summary>
internal readonly record struct PitchTally(PitchEntry Pitch, double NormalizedScore, double RawMean, int JudgeCount);
