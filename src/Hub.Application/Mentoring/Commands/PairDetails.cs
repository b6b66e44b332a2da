namespace Hub.Application.Mentoring.Commands;

public sealed record PairDetails(Guid ApplicationId, Guid MentorId);
