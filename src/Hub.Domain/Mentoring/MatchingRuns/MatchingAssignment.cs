namespace Hub.Domain.Mentoring.MatchingRuns;

/// <summary>A pair the run chose.</summary>
public sealed record MatchingAssignment(Guid ApplicationId, Guid MentorId, decimal Score);
