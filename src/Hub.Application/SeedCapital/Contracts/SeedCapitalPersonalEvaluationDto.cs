namespace Hub.Application.SeedCapital.Contracts;

/// <summary>
/// An evaluation the person made as an evaluator: the proposal and call it belongs to, their scores (none with a
/// declared conflict) and the comment they wrote for the committee (none when they wrote none, or were erased).
/// </summary>
public sealed record SeedCapitalPersonalEvaluationDto(
    Guid ProposalId, Guid CallId, string CallTitle, string VentureName, bool ConflictOfInterest, IReadOnlyDictionary<string, decimal> Scores, string? Comment,
    DateTimeOffset EvaluatedAt, DateTimeOffset UpdatedAt);
