namespace Hub.Api.Training;

public sealed record TrainingCreatedResponse(Guid Id);
