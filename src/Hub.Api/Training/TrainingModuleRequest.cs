namespace Hub.Api.Training;

public sealed record TrainingModuleRequest(string Code, string Name, string NameMn, int PlannedHours, IReadOnlyList<TrainingTopicRequest>? Topics);
