namespace Hub.Application.Mentoring.Queries.GetMentor;

public sealed record MentoringConflictDto(Guid ApplicationId, string Reason, DateTimeOffset DeclaredAt);
