namespace Hub.Application.Mentoring.Queries.GetMatchingRun;

public sealed record MentoringCandidateDto(Guid ApplicationId, Guid MentorId, decimal Score, bool Eligible, IReadOnlyList<string> Reasons);
