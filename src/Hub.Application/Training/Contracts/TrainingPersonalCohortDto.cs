namespace Hub.Application.Training.Contracts;

public sealed record TrainingPersonalCohortDto(Guid IntakeId, Guid ApplicationId, string FullName, DateTimeOffset AcceptedAt);
