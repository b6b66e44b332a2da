namespace Hub.Domain.SeedCapital.Calls;

/// <summary>What a manager decides when creating a call.</summary>
public sealed record CallTerms(
    string Title,
    CallKind Kind,
    Money Budget,
    Money MaxGrant,
    decimal MinScore,
    IReadOnlyList<Criterion> Criteria,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTimeOffset? EvaluationDeadline,
    bool AllowsTeamsWithoutApplication);
