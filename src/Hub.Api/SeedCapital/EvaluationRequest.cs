namespace Hub.Api.SeedCapital;

/// <summary>
/// Scores per criterion name, 0–10, and an optional comment for the committee (at most 2000 characters); with a
/// conflict of interest, scores may be left out and neither scores nor comment are kept.
/// </summary>
public sealed record EvaluationRequest(bool ConflictOfInterest, IReadOnlyDictionary<string, decimal>? Scores, string? Comment = null);
