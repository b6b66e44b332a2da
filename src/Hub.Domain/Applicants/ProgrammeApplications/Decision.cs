namespace Hub.Domain.Applicants.ProgrammeApplications;

/// <summary>A manager's decision on an application: what, why, who and when.</summary>
public sealed record Decision(DecisionOutcome Outcome, string Reason, Guid DecidedBy, DateTimeOffset DecidedAt);
