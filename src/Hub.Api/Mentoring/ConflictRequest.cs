namespace Hub.Api.Mentoring;

public sealed record ConflictRequest(Guid ApplicationId, string Reason);
