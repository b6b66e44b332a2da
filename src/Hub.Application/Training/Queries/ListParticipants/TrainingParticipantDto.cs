namespace Hub.Application.Training.Queries.ListParticipants;

public sealed record TrainingParticipantDto(Guid FounderUserId, Guid ApplicationId, string FullName, DateTimeOffset EnrolledAt);
