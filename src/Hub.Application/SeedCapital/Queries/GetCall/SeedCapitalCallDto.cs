namespace Hub.Application.SeedCapital.Queries.GetCall;

/// <summary>A call with its terms; <see cref="Evaluators"/> is filled for managers only.</summary>
public sealed record SeedCapitalCallDto(
    Guid Id,
    string Title,
    string Kind,
    string Status,
    SeedCapitalMoneyDto Budget,
    SeedCapitalMoneyDto MaxGrant,
    decimal MinScore,
    IReadOnlyList<SeedCapitalCriterionDto> Criteria,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset EvaluationDeadline,
    bool AllowTeamsWithoutApplication,
    IReadOnlyList<Guid> Evaluators,
    bool Awarded,
    Guid CreatedBy,
    DateTimeOffset CreatedAt,
    uint Version);
