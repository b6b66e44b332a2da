namespace Hub.Application.Training.Queries.ListTrainingModules;

public sealed record TrainingModuleDto(Guid Id, string Code, string Name, string NameMn, int PlannedHours, IReadOnlyList<TrainingTopicDto> Topics);
