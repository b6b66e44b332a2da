namespace Hub.Api.Mentoring;

public sealed record MentoringCreatedResponse(Guid Id);
