namespace Hub.Api.Mentoring;

public sealed record CloseMentorshipRequest(string Outcome);
