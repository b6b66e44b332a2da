namespace Hub.Api.Training;

public sealed record TrainingProgrammeRequest(string Name, Guid IntakeId);
