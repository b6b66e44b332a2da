namespace Hub.Domain.Mentoring.MatchingRuns;

/// <summary>An (application, mentor) pair a manager pins or forbids for a run.</summary>
public sealed record PairRef(Guid ApplicationId, Guid MentorId);
