namespace Hub.Domain.SeedCapital.Awards;

/// <summary>One evaluator's scores of a proposal, or a declared conflict of interest (then without scores).</summary>
public sealed record CandidateEvaluation(bool ConflictOfInterest, IReadOnlyDictionary<string, decimal> Scores);
