namespace Hub.Baseline;

// The JSON shapes of the modules' list items, as the hub writes them (names and order of the hub's DTOs).
internal sealed record BaselineTrainingTopic(Guid Id, string Title, string TitleMn, decimal Hours);

internal sealed record BaselineTrainingModule(Guid Id, string Code, string Name, string NameMn, int PlannedHours, List<BaselineTrainingTopic> Topics);

internal sealed record BaselineTrainingSession(
    Guid Id, Guid ProgrammeId, Guid ModuleId, string Title, DateTimeOffset StartsAt, DateTimeOffset StartsAtLocal, DateTimeOffset EndsAt, string TimeZone,
    int DurationMinutes, string Mode, string? Venue, string? Link, Guid TrainerUserId, bool AttendanceTaken);

internal sealed record BaselineMoney(decimal Amount, string Currency);

internal sealed record BaselineCall(
    Guid Id, string Title, string Kind, string Status, BaselineMoney Budget, BaselineMoney MaxGrant, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool IsEvaluator);

internal sealed record BaselineGrant(
    Guid Id, Guid CallId, Guid ProposalId, Guid FounderUserId, string VentureName, BaselineMoney Amount, BaselineMoney Released, int Tranches, DateTimeOffset AwardedAt);

internal sealed record BaselineDemoDay(Guid Id, string Name, DateOnly HeldOn, string? Venue, string Status, int PitchCount, int JudgeCount);

internal sealed record BaselineMentorConflict(Guid ApplicationId, string Reason, DateTimeOffset DeclaredAt);

internal sealed record BaselineMentor(
    Guid Id, Guid UserId, string FullName, string Email, string Country, string TimeZone, string[] Languages, string[] Expertise, int Capacity, string Bio,
    bool Active, List<BaselineMentorConflict> Conflicts, uint Version);

internal sealed record BaselineMentoringSession(
    Guid Id, DateTimeOffset StartedAt, int DurationMinutes, string Format, string Topics, string Actions, DateTimeOffset? ConfirmedAt, int? Rating, string? Comment);

internal sealed record BaselineMentorship(
    Guid Id, Guid MatchingRunId, Guid MentorId, Guid MentorUserId, Guid ApplicationId, Guid IntakeId, Guid FounderUserId, string VentureName, decimal Score,
    string Status, DateTimeOffset ProposedAt, DateTimeOffset? RespondedAt, DateTimeOffset? ClosedAt, string? Outcome, int TotalMinutes,
    List<BaselineMentoringSession> Sessions);

internal sealed record BaselineWebhook(
    Guid Id, string Url, string[] Events, bool Active, string? DisabledReason, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, uint Version);

internal sealed record BaselinePartnerKey(Guid Id, string Name, string Prefix, string[] Scopes, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);
