namespace Hub.Application.Training.Commands.AddTrainingModule;

public sealed record TrainingTopicDetails(string Title, string TitleMn, decimal Hours);
