namespace Hub.Application.Training.Queries.ListTrainingModules;

public sealed record TrainingTopicDto(Guid Id, string Title, string TitleMn, decimal Hours);
