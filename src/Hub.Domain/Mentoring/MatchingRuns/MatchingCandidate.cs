namespace Hub.Domain.Mentoring.MatchingRuns;

/// <summary>One (application, mentor) pair the run considered, with its score and the parts that make it up.</summary>
public sealed record MatchingCandidate(Guid ApplicationId, Guid MentorId, decimal Score, bool Eligible, IReadOnlyList<string> Reasons);
