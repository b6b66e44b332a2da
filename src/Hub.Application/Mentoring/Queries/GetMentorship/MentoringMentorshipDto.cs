namespace Hub.Application.Mentoring.Queries.GetMentorship;

public sealed record MentoringMentorshipDto(
    Guid Id,
    Guid MatchingRunId,
    Guid MentorId,
    Guid MentorUserId,
    Guid ApplicationId,
    Guid IntakeId,
    Guid FounderUserId,
    string VentureName,
    decimal Score,
    string Status,
    DateTimeOffset ProposedAt,
    DateTimeOffset? RespondedAt,
    DateTimeOffset? ClosedAt,
    string? Outcome,
    int TotalMinutes,
    IReadOnlyList<MentoringSessionDto> Sessions);
