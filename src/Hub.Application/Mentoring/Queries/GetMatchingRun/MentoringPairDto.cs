namespace Hub.Application.Mentoring.Queries.GetMatchingRun;

public sealed record MentoringPairDto(Guid ApplicationId, Guid MentorId);
