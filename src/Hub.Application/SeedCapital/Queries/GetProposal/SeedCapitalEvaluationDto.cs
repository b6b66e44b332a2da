namespace Hub.Application.SeedCapital.Queries.GetProposal;

public sealed record SeedCapitalEvaluationDto(Guid EvaluatorUserId, bool ConflictOfInterest, IReadOnlyDictionary<string, decimal> Scores, DateTimeOffset EvaluatedAt, DateTimeOffset UpdatedAt, string? Comment);
