namespace Hub.Application.Mentoring.Queries.GetMatchingRun;

/// <summary>A run: its status, and once completed its assignments, unmatched applications and every candidate pair with its score.</summary>
public sealed record MentoringMatchingRunDto(
    Guid Id,
    Guid IntakeId,
    string Status,
    string? FailureReason,
    decimal? TotalScore,
    IReadOnlyList<MentoringAssignmentDto> Assignments,
    IReadOnlyList<Guid> Unmatched,
    IReadOnlyList<MentoringCandidateDto> Candidates,
    IReadOnlyList<MentoringPairDto> Pins,
    IReadOnlyList<MentoringPairDto> Forbids,
    DateOnly? ScoredOn,
    DateTimeOffset RequestedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? PublishedAt);
