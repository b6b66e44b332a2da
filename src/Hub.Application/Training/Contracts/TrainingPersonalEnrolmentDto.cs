namespace Hub.Application.Training.Contracts;

public sealed record TrainingPersonalEnrolmentDto(Guid ProgrammeId, string ProgrammeName, string FullName, DateTimeOffset EnrolledAt);
