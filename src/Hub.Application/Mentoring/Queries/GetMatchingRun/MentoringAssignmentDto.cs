namespace Hub.Application.Mentoring.Queries.GetMatchingRun;

public sealed record MentoringAssignmentDto(Guid ApplicationId, Guid MentorId, decimal Score);
