namespace Hub.Domain.DemoDay.Ranking;

/// <summary>The fitted model: each pitch's quality q and each judge's bias b, with y ≈ q + b on every scored cell.</summary>
public sealed record AdditiveFit(IReadOnlyDictionary<Guid, double> PitchQuality, IReadOnlyDictionary<Guid, double> JudgeBias);
