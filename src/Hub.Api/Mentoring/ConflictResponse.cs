namespace Hub.Api.Mentoring;

public sealed record ConflictResponse(Guid MentorId, Guid ApplicationId);
