namespace Hub.Application.Applicants.Queries.GetApplication;

public sealed record ApplicantsDecisionDto(string Decision, string Reason, Guid DecidedBy, DateTimeOffset DecidedAt);
