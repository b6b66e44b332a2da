namespace Hub.Api.Mentoring;

public sealed record PairRequest(Guid ApplicationId, Guid MentorId);
