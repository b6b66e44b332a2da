namespace Hub.Api.SeedCapital;

/// <summary>Scores per criterion name, 0–10; with a conflict of interest, scores may be left out and none are kept.</summary>
public sealed record EvaluationRequest(bool ConflictOfInterest, IReadOnlyDictionary<string, decimal>? Scores);
